/**
 * The helper in the browser: one question at a time, Back and Start again, the answers in the URL
 * (`?a=2.3.1`, 1-based answer numbers from the first question) so a partner can share the result.
 * The tree is read from the page's own nested lists, which are the helper without JavaScript.
 */
import { copyText } from './copy-text.ts';

interface Answer {
  text: string;
  next?: string;
  status?: string;
}
interface Question {
  text: string;
  hint: string;
  answers: Answer[];
}

function readTree(root: ParentNode): { first?: string; questions: Map<string, Question> } {
  const questions = new Map<string, Question>();
  let first: string | undefined;
  for (const el of root.querySelectorAll<HTMLElement>('.pb-q[data-q]')) {
    const id = el.dataset.q!;
    first ??= id;
    const answers = [
      ...el.querySelectorAll<HTMLAnchorElement>(':scope > ul > li > a.pb-answer'),
    ].map((a) => ({
      text: a.textContent?.trim() ?? '',
      next: a.dataset.next,
      status: a.dataset.status,
    }));
    questions.set(id, {
      text: el.querySelector(':scope > .pb-q-text')?.textContent ?? '',
      hint: el.querySelector(':scope > .pb-q-hint')?.textContent ?? '',
      answers,
    });
  }
  return { first, questions };
}

/** Where a list of answer numbers leads: the question to ask now, or the status reached. */
export function walkAnswers(
  first: string,
  questions: Map<string, Question>,
  picks: number[],
): { trail: string[]; valid: number[]; question?: string; status?: string } {
  const trail: string[] = [];
  const valid: number[] = [];
  let at: string | undefined = first;
  for (const p of picks) {
    const a: Answer | undefined = at ? questions.get(at)?.answers[p - 1] : undefined;
    if (!a) break;
    trail.push(a.text);
    valid.push(p);
    if (a.status) return { trail, valid, status: a.status };
    at = a.next;
  }
  return { trail, valid, question: at };
}

function armCopy(button: HTMLButtonElement, done: string): void {
  button.hidden = false;
  button.addEventListener('click', async () => {
    await copyText(button.dataset.copy ?? '');
    const old = button.textContent;
    button.textContent = done;
    setTimeout(() => (button.textContent = old), 1500);
  });
}

export function initHelper(): void {
  const panel = document.getElementById('pb-helper');
  const tree = document.getElementById('pb-tree') as HTMLDetailsElement | null;
  const resultsBox = document.getElementById('pb-results');
  const legend = document.getElementById('pb-step-q');
  const hint = document.getElementById('pb-step-hint');
  const answersBox = document.getElementById('pb-step-answers');
  const resultBox = document.getElementById('pb-step-result');
  const trailBox = document.getElementById('pb-trail');
  const back = document.getElementById('pb-back') as HTMLButtonElement | null;
  const restart = document.getElementById('pb-restart') as HTMLButtonElement | null;
  if (
    !panel ||
    !tree ||
    !resultsBox ||
    !legend ||
    !hint ||
    !answersBox ||
    !resultBox ||
    !trailBox ||
    !back ||
    !restart
  )
    return;
  const { first, questions } = readTree(tree);
  if (!first) return;
  const done = panel.dataset.copied ?? 'Copied';
  const fieldset = legend.parentElement as HTMLElement;
  panel.hidden = false;
  tree.open = false;
  resultsBox.hidden = true;
  for (const b of resultsBox.querySelectorAll<HTMLButtonElement>('button.pb-copy'))
    armCopy(b, done);

  const picksFromUrl = () =>
    (new URLSearchParams(location.search).get('a') ?? '')
      .split('.')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
  const go = (picks: number[], push: boolean) => {
    const url = new URL(location.href);
    picks.length ? url.searchParams.set('a', picks.join('.')) : url.searchParams.delete('a');
    url.hash = '';
    if (push) history.pushState({ pbDepth: picks.length }, '', url);
    else history.replaceState({ pbDepth: picks.length }, '', url);
    render(true);
  };

  const render = (moveFocus: boolean) => {
    const picks = picksFromUrl();
    const w = walkAnswers(first, questions, picks);
    if (w.valid.length !== picks.length)
      history.replaceState(history.state, '', `?a=${w.valid.join('.')}`);
    trailBox.replaceChildren(
      ...w.trail.map((t) => Object.assign(document.createElement('li'), { textContent: t })),
    );
    back.disabled = w.valid.length === 0;
    if (w.status) {
      fieldset.hidden = true;
      const card = document.getElementById(`r-${w.status}`)?.cloneNode(true) as
        HTMLElement | undefined;
      if (card) {
        card.removeAttribute('id');
        for (const b of card.querySelectorAll<HTMLButtonElement>('button.pb-copy'))
          armCopy(b, done);
        const title = card.querySelector<HTMLElement>('.pb-result-title');
        if (title) title.tabIndex = -1;
        resultBox.replaceChildren(card);
        resultBox.hidden = false;
        if (moveFocus) title?.focus();
      }
      return;
    }
    const q = questions.get(w.question ?? first)!;
    fieldset.hidden = false;
    resultBox.hidden = true;
    resultBox.replaceChildren();
    legend.textContent = q.text;
    hint.textContent = q.hint;
    hint.hidden = !q.hint;
    answersBox.replaceChildren(
      ...q.answers.map((a, i) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = a.text;
        b.addEventListener('click', () => go([...w.valid, i + 1], true));
        return b;
      }),
    );
    if (moveFocus) legend.focus();
  };

  back.addEventListener('click', () => {
    const picks = picksFromUrl();
    if (picks.length) go(picks.slice(0, -1), true);
  });
  restart.addEventListener('click', () => go([], true));
  window.addEventListener('popstate', () => render(true));
  render(false);
}
