// Counts the page's Content-Security-Policy violations, as they happen, into the page and into
// window.cspViolations (which test/strict-csp.test.ts reads). Loaded first, so none is missed.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
  const output = document.getElementById('violations');
  if (output) output.textContent = String(window.cspViolations.length);
});
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('violations').textContent = String(window.cspViolations.length);
});
