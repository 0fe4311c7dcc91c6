import { type MechanicalFault, type MechanicalInput, mechanicalFaults } from '../../src/domain/draft-mechanics';

/** The mechanical test's faults for a draft to Elena Marsh, in English, called purposeful, unless `change` says otherwise. */
export function faultsOf(text: string, change: Partial<MechanicalInput> = {}): MechanicalFault[] {
  return mechanicalFaults({
    channel: 'linkedin_message',
    prospectName: 'Elena Marsh',
    answerTexts: [],
    lang: 'en',
    text,
    verdict: 'purposeful',
    allFourParts: true,
    ...change,
  }).faults.map((f) => f.fault);
}
