import { svg } from 'lit';

/** Shared drawing resources: the blur that softens approximate dates, the fades of open ends. */
export const PLOT_DEFS = svg`<defs>
  <filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="1.3"></feGaussianBlur></filter>
  <linearGradient id="fade-in"><stop offset="0" stop-color="#fff" stop-opacity="0"></stop><stop offset="0.7" stop-color="#fff"></stop></linearGradient>
  <linearGradient id="fade-out"><stop offset="0.3" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0"></stop></linearGradient>
  <linearGradient id="fade-both"><stop offset="0" stop-color="#fff" stop-opacity="0"></stop><stop offset="0.35" stop-color="#fff"></stop><stop offset="0.65" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0"></stop></linearGradient>
  <mask id="open-left" maskContentUnits="objectBoundingBox"><rect x="-0.1" y="-0.5" width="1.2" height="2" fill="url(#fade-in)"></rect></mask>
  <mask id="open-right" maskContentUnits="objectBoundingBox"><rect x="-0.1" y="-0.5" width="1.2" height="2" fill="url(#fade-out)"></rect></mask>
  <mask id="open-both" maskContentUnits="objectBoundingBox"><rect x="-0.1" y="-0.5" width="1.2" height="2" fill="url(#fade-both)"></rect></mask>
</defs>`;
