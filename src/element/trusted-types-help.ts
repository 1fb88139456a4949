/**
 * Under a Content-Security-Policy that requires Trusted Types, Lit creates a policy named "lit-html" as it loads,
 * and a page whose `trusted-types` directive does not allow that name stops it there: the element never
 * registers and the page shows nothing. Imported before anything that imports Lit (see index.ts), this hears
 * that refusal and says which directive to change, rather than leave a blank.
 */
if (typeof document !== 'undefined' && 'trustedTypes' in globalThis) {
  const refused = (event: SecurityPolicyViolationEvent) => {
    if (event.violatedDirective !== 'trusted-types' || event.sample !== 'lit-html') return;
    document.removeEventListener('securitypolicyviolation', refused);
    console.error('<drawdown-timeline> cannot be shown: this page\'s Content-Security-Policy does not allow the Trusted ' +
      'Types policy "lit-html", which its rendering library (Lit) creates. Add the name to the directive: ' +
      '"trusted-types lit-html", after the names the page already allows.');
  };
  document.addEventListener('securitypolicyviolation', refused);
}
