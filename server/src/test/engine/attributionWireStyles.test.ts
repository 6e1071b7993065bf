// Attribution rules for wire and business-news habits: surnames behind attached particles, companies
// named by one word, spokespeople and anonymous staff of a company, groups of people by trade, reported
// questions and estimates. Every sentence is invented.
import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: surnames behind an attached particle', () => {
  it('Should read "al-", "el-" and "d’" surnames as names, alone and after a first name', () => {
    check(
      `Samir al-Hadid, head of the port authority, said two cranes were down. "We lost a whole shift," al-Hadid said. He said repairs would take a week.

Mona el-Sayed said the tolls would rise. Ms. el-Sayed said the rise was modest.

Lucien d’Aubert told reporters the vote was lost. D’Aubert said he would not resign.`,
      `Samir al-Hadid | sentence | Samir al-Hadid, head of the port authority, said two cranes were down.
       Samir al-Hadid | sentence | "We lost a whole shift," al-Hadid said.
       Samir al-Hadid | sentence | He said repairs would take a week.
       Mona el-Sayed | sentence | Mona el-Sayed said the tolls would rise.
       Mona el-Sayed | sentence | Ms. el-Sayed said the rise was modest.
       Lucien d’Aubert | sentence | Lucien d’Aubert told reporters the vote was lost.
       Lucien d’Aubert | sentence | D’Aubert said he would not resign.`,
    );
  });

  it('Should not take a lowercase hyphenated word for a name', () => {
    check(
      `The talks ran into an all-night session, officials said. The chairwoman said the de-escalation plan would hold.`,
      `officials | sentence | The talks ran into an all-night session, officials said.
       chairwoman | sentence | The chairwoman said the de-escalation plan would hold.`,
    );
  });
});
