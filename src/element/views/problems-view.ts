import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../model/types.js';
import type { Words } from '../../words/words.js';

/** A list of problems, each with the JSON path it concerns. */
export function problemsView(problems: readonly Problem[]): TemplateResult {
  return html`<ul class="problems">
    ${problems.map((problem) => html`<li>
      ${problem.path ? html`<code>${problem.path}</code>: ` : nothing}${problem.message}
    </li>`)}
  </ul>`;
}

/** The error shown in place of the timeline when nothing could be drawn, with a button that tries again. */
export function errorView(problems: readonly Problem[], { errorTitle, tryAgain }: { errorTitle: string; tryAgain: string }, onRetry: () => void): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <h2>${errorTitle}</h2>
    ${problemsView(problems)}
    <button type="button" class="retry" part="retry" @click=${onRetry}>${tryAgain}</button>
  </div>`;
}

/** Over a story still shown, why loading it again failed. */
export function refreshFailedView(problems: readonly Problem[], message: string): TemplateResult {
  return html`<div class="refresh-failed" part="warnings" role="alert">
    <p>${message}</p>
    ${problemsView(problems)}
  </div>`;
}

/** The collapsed list of what was left out or ignored, above a timeline that was drawn anyway. */
export function warningsView(problems: readonly Problem[], skipped: number, { formatter, messages }: Words): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const { skippedEvents, warningCount, problemCount } = messages.ui;
  const warnings = problems.length - problems.filter((p) => p.severity === 'error').length;
  const summary = [
    skipped ? formatter.count(skippedEvents, skipped) : '',
    warnings ? formatter.count(warningCount, warnings) : '',
  ].filter(Boolean).join(' · ') || formatter.count(problemCount, problems.length);
  return html`<details class="warnings" part="warnings">
    <summary>${summary}</summary>
    ${problemsView(problems)}
  </details>`;
}
