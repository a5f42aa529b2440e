// The names the exercise files are offered under, from the exercise's title (and the trainee's name): characters
// Windows refuses in a file name would make the save dialog fail.
const unsafe = (text: string) => text.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '').trim() || '练习';

export const exerciseFileNames = {
  exercise: (title: string) => `${unsafe(title)}-练习.zip`,
  answers: (title: string) => `${unsafe(title)}-答案.json`,
  submission: (title: string, trainee: string) => `${unsafe(title)}-${unsafe(trainee)}-答卷.zip`,
  report: (title: string) => `${unsafe(title)}-全班报告.xlsx`,
};
