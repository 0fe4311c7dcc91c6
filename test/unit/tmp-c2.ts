import { framed } from '../support/draft-cases';
const words = ['in Bremen', 'in Bremen-Nord', 'in Bremen und Kiel', 'in Bremen, Kiel und Rostock', 'in Bremerhaven', 'im Hafen Bremen'];
for (const w of words) for (const v of ['meinte', 'sagt', 'erzählte mir']) {
console.log(framed({channel:'linkedin_connection_note',prospectName:'Ole Jansen',company:'Deichwerk Logistik',
 whoIAm:`Ich bin Key Account Managerin bei Koras Sensorik ${w}, wir bauen seit 2009 Sensorik für Kräne und Förderbänder und arbeiten mit über 80 Häfen zusammen`,
 howKnown:'über Lena Brand vom Hafen Emden, sie hat mir den Kontakt gegeben',
 whyYou:`Lena ${v} bei Deichwerk werden gerade alle Kräne in Cuxhaven und Wilhelmshaven nachgerüstet und das geht alles über Oles Tisch`,
 whatsInIt:'in Emden haben wir die Ausfallzeiten der Kräne um 22% gesenkt, indem wir Lagerschäden 3 Wochen vorher gemeldet haben',
 ask:'darf ich Ihnen die Auswertung schicken?'}).text);}
