// Attribution rules for reporting shapes of ordinary news: compound descriptors before a name, framing
// openers, refusals that still report words, and more. Every sentence is invented.
import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: descriptors before a name', () => {
  it('Should read a two-word descriptor before the name after "according to" and an inverted "said"', () => {
    check(
      `Loans will get cheaper, according to mortgage broker Dina Vost. "Lenders moved fast," she said. Rents will follow, said fund manager Ivo Penk.`,
      `Dina Vost | sentence | Loans will get cheaper, according to mortgage broker Dina Vost.
       Dina Vost | sentence | "Lenders moved fast," she said.
       Ivo Penk | sentence | Rents will follow, said fund manager Ivo Penk.`,
    );
  });

  it('Should not read a participle and a date after "according to" as a descriptor and a name', () => {
    check(
      `Prices rose again, according to figures released Monday.`,
      `- | - | Prices rose again, according to figures released Monday.`,
    );
  });
});
