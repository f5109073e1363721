import { agreement, friendsAndFamilyAnswers, friendsAndFamilyLabels } from '../../../../shared/patient-questions.ts';

export type AgreementQuestion = 'speed' | 'informationBefore' | 'informationAfter' | 'convenience';
export type FeedbackQuestion = 'friendsAndFamily' | AgreementQuestion;

/** The survey's questions, worded as the patient reads them and as the results name them. */
export const feedbackQuestionLabels: Record<FeedbackQuestion, string> = {
  friendsAndFamily: 'Overall, how was your experience of our service?',
  speed: 'I got an answer quickly enough',
  informationBefore: 'I was told enough about what would happen before sending my photos',
  informationAfter: 'I understood the letter about what happens next',
  convenience: 'Sending photos from home was more convenient than going to a clinic',
};

export const agreementQuestions: readonly AgreementQuestion[] = [
  'speed',
  'informationBefore',
  'informationAfter',
  'convenience',
];

export const agreementLabels: Record<(typeof agreement)[number], string> = {
  strongly_agree: 'Strongly agree',
  agree: 'Agree',
  disagree: 'Disagree',
  strongly_disagree: 'Strongly disagree',
};

/** Each answer's words, whichever question it answers. */
export const answerLabel = (answer: string): string =>
  (friendsAndFamilyLabels as Record<string, string>)[answer] ??
  (agreementLabels as Record<string, string>)[answer] ??
  answer;

export { agreement, friendsAndFamilyAnswers, friendsAndFamilyLabels };
