/**
 * What's in it for them, read from who does what for whom (offer-structure.ts), on sentences tagged
 * by wink-nlp: the sender giving the reader a thing, the reader gaining one, a thing giving it them;
 * and the near misses that name the reader but give them nothing: the meeting, our wares, a price,
 * the reader acted on, or the reader doing for us.
 */
import { tagWords } from '../../src/domain/purpose-check/nlp';
import { readOfferStructure } from '../../src/domain/purpose-check/offer-structure';

const read = (sentence: string, company: readonly string[] = []) => readOfferStructure(tagWords(sentence), company);

describe('offer structure: the sender gives the reader a thing', () => {
  it.each([
    ['the reader, then a thing', "I'll email your agronomist the yield table from three seasons."],
    ['a thing, then the reader', 'i can send the sheet over to your team, no strings.'],
    ['work on their own things, offered', "I'd gladly check your tender draft before it goes in."],
    ['a left-out doer', 'Could run the numbers on your defrost cycles this week.'],
    ['a question whose doer follows the modal', 'Could I send you the benchmark?'],
    ['an introduction to someone not ours', 'I can introduce you to the grants officer at the Weston Trust.'],
    ['an introduction with no "you"', 'I can make an intro to the head of procurement at Dunmore.'],
    ['a colleague by name', 'My colleague Sam could send your planners the Rotterdam lane map.'],
    [
      'our wares as the means, the result as the gift',
      'I could run your postcodes through our routing software and send you the mileage saved.',
    ],
    ['a thing handed over, the receiver unsaid', "We'd throw in a free site survey."],
    [
      'a thought that holds the offer',
      'We cut errors by 40% at a grocer, and I think we could do the same for your Bristol site.',
    ],
    ['done for them already', 'I put together a short video on your checkout flow.'],
    ['what they may have for the asking', 'Let me know if you would like a copy of the report.'],
    ['for them, said first', 'For your team we will prepare a small test on the Leeds data.'],
    ['the receiver before the thing', 'Me and my team can give to your planners a training of one day.'],
    ['"possible for us to"', "It's possible for us to do one pilot in your Leeds depot with no costs."],
    ['a thing that costs them nothing', 'The first site audit is on us.'],
    ['no charge for a thing', 'No cost to you for the first two weeks of monitoring.'],
  ])('%s: "%s"', (_name, sentence) => {
    expect(read(sentence).kind).toBe('offer');
  });
});

describe('offer structure: the reader gains, or a thing gives it them', () => {
  it.each([
    ['their people save', 'Your support team would save about six hours a week on refunds.'],
    ['less of what costs them', 'Your drivers would spend two fewer hours a week at the dock.'],
    ['they avoid a cost', "You'd avoid the two validation errors that delayed 40% of filings."],
    ['given to them', "You'd be sent the full dataset the day it is published."],
    ['received from us', 'You will receive from us the full report without cost.'],
    ['a thing gives them time', "We'd set up the payrolls ourselves, which would give your team back two weeks."],
    ['their company gains', 'Harbourline would get first pick of loads on the Leeds lanes.'],
    ['a change that gives them time', 'Slot booking would save your drivers two hours a week.'],
    ['a thing named by what it is', 'The new rota could give your nurses back a weekend a month.'],
    [
      'a change to their things, and what it would do',
      'Your page is slow on phones; compressing the hero image would halve the wait.',
    ],
  ])('%s: "%s"', (_name, sentence) => {
    expect(read(sentence, ['harbourline']).kind).toBe('offer');
  });

  it('counts a number as the stronger offer', () => {
    const plain = read("I'll send the sheet over to your team.");
    const counted = read("I'll send the 12 fixes over to your team.");
    expect(plain).toEqual({ kind: 'offer', strength: 0.6 });
    expect(counted.kind === 'offer' && counted.strength).toBeGreaterThan(0.6);
  });
});

describe('offer structure: near misses that name the reader and give them nothing', () => {
  it.each([
    ['the meeting', "I'd love to show you a quick demo and walk you through it."],
    ['our wares as the thing', 'I can give your team 30 days of free access to our app.'],
    ['our wares presented', 'We would organise a workshop at your offices to present the platform.'],
    ['a price', 'I can send over our price list and a contract for you to review.'],
    ['a discount', 'I can get you a 20% discount if you sign this month.'],
    ['a habit, not an offer', 'We provide scheduling solutions to logistics companies like yours.'],
    ['the reader added to our list', "I'd like to add you to my professional network."],
    ['the reader called', "I'll call you on Thursday at 10am."],
    ['the reader admired', 'I have always admired your people-first culture.'],
    ['taking from them', "I'd love to learn more about your process."],
    ['their needs, no thing', 'We can cover all your logistics needs.'],
    ['a question to them', 'Would you have half an hour next week?'],
    ['denied', "We can't send you the report before May."],
    ['our product as the doer', 'Our platform would save your team hours every week.'],
    ['the same, with no result told', 'We could do the same for you.'],
    ['working with us as the change', 'Working with us would save your team time.'],
    ['the meal is the meeting', 'Lunch is on me if you fancy it.'],
    ['a free trial of our wares', 'The trial is free for your whole team.'],
    ['our wares as the change', 'Switching to our platform would cut your costs.'],
  ])('%s: "%s"', (_name, sentence) => {
    expect(read(sentence).kind).not.toBe('offer');
  });
});

describe('offer structure: the reader doing for the sender', () => {
  it.each([
    ['helping us', 'You could help us understand how plant managers plan cleaning.'],
    ['their input shaping our work', 'Your feedback would help our roadmap for the next release.'],
    ['their worth to us', "Your team's experience would be invaluable to our product team."],
    ['a chance to work for us', "You'd get to shape our roadmap as a design partner."],
  ])('%s: "%s"', (_name, sentence) => {
    expect(read(sentence)).toEqual({ kind: 'for_sender' });
  });

  it('is no "for us" when the reader uses a thing of ours, nor when the same sentence gives them one', () => {
    expect(read('Your team could use our waste dashboard free for a quarter.').kind).not.toBe('for_sender');
    expect(read("You could help us test it, and I'll send you the full results.").kind).toBe('offer');
  });
});
