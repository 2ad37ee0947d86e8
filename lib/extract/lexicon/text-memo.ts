/**
 * Stages ask for the same list on the same sentence more than once, and in separate passes
 * over the article (the candidate stage asks again for lists the fact stage already
 * scanned): one memo per lexicon remembers every list's answer for the last few dozen
 * sentence texts (callers only read them). Asks come in runs on one sentence, so the
 * sentence asked last is checked before the map.
 */
export class TextMemo {
  private readonly byText = new Map<string, unknown[]>();
  private lastText: string | null = null;
  private lastAnswers: unknown[] = [];
  private lists = 0;

  constructor(private readonly maxTexts: number) {}

  /** `run` with its answers remembered (a list of its own in this memo). */
  remember<T>(run: (text: string) => T): (text: string) => T {
    const list = this.lists++;
    return (text) => {
      const answers = this.answersFor(text);
      let answer = answers[list] as T | undefined;
      if (answer === undefined) {
        answer = run(text);
        answers[list] = answer;
      }
      return answer;
    };
  }

  private answersFor(text: string): unknown[] {
    if (text === this.lastText) return this.lastAnswers;
    let answers = this.byText.get(text);
    if (answers === undefined) {
      if (this.byText.size >= this.maxTexts) this.byText.clear();
      answers = [];
      this.byText.set(text, answers);
    }
    this.lastText = text;
    this.lastAnswers = answers;
    return answers;
  }
}
