import { framed } from '../support/draft-cases';
const fr = {channel:'linkedin_connection_note' as const,prospectName:'Luc Morel',company:'Grutec',whyYou:'il a posté que ses grues tournent la nuit sans plan de maintenance'};
const values = ['notre étude sur 60 pannes de grues portuaires en 2023','notre étude sur 60 pannes','notre étude sur 60 pannes de grues','notre étude sur 60 pannes de grues en 2023','notre étude','notre étude de 2023'];
for (const whatsInIt of values) for (const ask of ['je peux vous l’envoyer ?','un appel ?','je vous l’envoie ?']) for (const pad of ['', ' portuaires', ' de Nantes', ' et portiques']) {
  const t = framed({...fr, whatsInIt, ask, whoIAm:`Je suis commerciale chez Tramelo à Nantes, nous vendons et réparons des capteurs pour grues${pad} depuis 2004 dans tout l'ouest de la France`}).text;
  if (/nous vendons\./.test(t)) console.log(JSON.stringify({whatsInIt,ask,pad}), t);
}
