import { framed } from '../support/draft-cases';
const extras = [' mit allen Zahlen und Kosten je Ausfall', ' mit allen Zahlen und den Kosten', ' mit allen Zahlen und Kosten gern', ' mit allen Zahlen und allen Kosten'];
for (const e of extras) {
const t = framed({channel:'linkedin_connection_note',prospectName:'Ole Jansen',company:'Deichwerk Logistik',
 whoIAm:`Ich bin Key Account Managerin bei Koras Sensorik in Bremen-Nord, wir bauen seit 2009 Sensorik für Kräne und Förderbänder und arbeiten mit über 80 Häfen zusammen`,
 howKnown:'über Lena Brand vom Hafen Emden, sie hat mir den Kontakt gegeben',
 whyYou:`Lena meinte bei Deichwerk werden gerade alle Kräne in Cuxhaven und Wilhelmshaven nachgerüstet und das geht alles über Oles Tisch`,
 whatsInIt:'in Emden haben wir die Ausfallzeiten der Kräne um 22% gesenkt, indem wir Lagerschäden 3 Wochen vorher gemeldet haben', ask:`darf ich Ihnen die Auswertung${e} schicken?`}).text;
 console.log(JSON.stringify(e), t.match(/gegeben\. .{0,50}/)?.[0]);}
