import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: reaction roundups with quotations credited on lines of their own', () => {
  it('Should credit a quotation to the "— Name, title" line after it, and drop that line', () => {
    check(
      `The harbour levy was scrapped on Monday. Here is how people reacted.

THE MAYOR

"This is a good day for the port. Nobody will pay twice."
— Ines Calder, mayor of Saltmere

THE BOARD

"We will appeal within 14 days."
— Harbour Board statement

"The levy will go, and the wall will be repaired by June."
— Joint statement by the Harbour Board and Saltmere Council`,
      `- | - | The harbour levy was scrapped on Monday.
       - | - | Here is how people reacted.
       Ines Calder | signature | "This is a good day for the port.
       Ines Calder | signature | Nobody will pay twice."
       Harbour Board | signature | "We will appeal within 14 days."
       Harbour Board + Saltmere Council | signature | "The levy will go, and the wall will be repaired by June."`,
    );
  });

  it('Should credit a quotation to a "Name, title:" line before it, and a bulleted line to the author that opens it', () => {
    check(
      `The harbour levy was scrapped on Monday.

Tomas Brede, chair, Saltmere Fishers' Association:
"We were never asked. We will be asked now."

• Ada Voss, port engineer: the wall needs 4 million crowns of repairs.
• Saltmere Ferries, operator: "Fares will not change."`,
      `- | - | The harbour levy was scrapped on Monday.
       Tomas Brede | signature | "We were never asked.
       Tomas Brede | signature | We will be asked now."
       Ada Voss | signature | • Ada Voss, port engineer: the wall needs 4 million crowns of repairs.
       Saltmere Ferries | signature | • Saltmere Ferries, operator: "Fares will not change."`,
    );
  });

  it('Should not read a clause before a colon, a dated line, or a dash line after prose as a credit', () => {
    check(
      `Calder, however, was blunt: the levy is dead.

"We will appeal."
— Updated 2 May 2026

The board met on Friday.
— Ines Calder, mayor`,
      `- | - | Calder, however, was blunt: the levy is dead.
       - | - | "We will appeal."
       - | - | The board met on Friday.
       - | - | — Ines Calder, mayor`,
    );
  });
});
