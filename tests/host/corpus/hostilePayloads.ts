/**
 * Markup that tries to run script, navigate, or load remote content, in the families of the OWASP XSS
 * filter evasion cheat sheet (written out here in our own words). Each payload that could run would
 * push its name to `window.__xssRuns`, which the tests read; remote URLs point at `attacker.invalid`.
 */
const run = (name: string) => `window.__xssRuns.push('${name}')`;
const runInParent = (name: string) => `parent.__xssRuns.push('${name}')`;

export const hostilePayloads: string[] = [
  `<script>${run('script')}</script>`,
  `<SCRIPT SRC=https://attacker.invalid/x.js></SCRIPT>`,
  `<img src=x onerror="${run('img-onerror')}">`,
  `<IMG SRC=# onmouseover="${run('img-mouseover')}">`,
  `<img src="javascript:${run('img-src')}">`,
  `<svg onload="${run('svg-onload')}"><circle r="4"/></svg>`,
  `<svg><script>${run('svg-script')}</script></svg>`,
  `<svg><a xlink:href="javascript:${run('svg-link')}"><text y="20">svg link</text></a></svg>`,
  `<svg><foreignObject><iframe src="javascript:${runInParent('foreign-object')}"></iframe></foreignObject></svg>`,
  `<iframe src="javascript:${runInParent('iframe-src')}"></iframe>`,
  `<iframe srcdoc="<script>${runInParent('iframe-srcdoc')}</script>"></iframe>`,
  `<object data="javascript:${run('object')}"></object>`,
  `<embed src="javascript:${run('embed')}">`,
  `<a href="javascript:${run('a-href')}">plain javascript link</a>`,
  `<a href="JaVaScRiPt:${run('a-mixed-case')}">mixed case link</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run('a-entities')}">entity link</a>`,
  `<a href=" &#14;  javascript:${run('a-control')}">control character link</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>`,
  `<a href="vbscript:msgbox(1)">vbscript link</a>`,
  `[markdown javascript link](javascript:${run('md-link')})`,
  `[markdown encoded link](javas&#99;ript:${run('md-encoded')})`,
  `[markdown data link](data:text/html,<script>${run('md-data')}</script>)`,
  `[markdown vbscript link](vbscript:msgbox(1))`,
  `<https://attacker.invalid/autolink>`,
  `![remote image](https://attacker.invalid/tracker.png)`,
  `<img src="https://attacker.invalid/pixel.png">`,
  `<img srcset="https://attacker.invalid/srcset.png 1x">`,
  `<picture><source srcset="https://attacker.invalid/source.png"><img src="x"></picture>`,
  `<video poster="https://attacker.invalid/poster.png"><source src=x onerror="${run('video-source')}"></video>`,
  `<audio src=x onerror="${run('audio')}"></audio>`,
  `<body onload="${run('body-onload')}">`,
  `<details open ontoggle="${run('details-toggle')}"><summary>details</summary></details>`,
  `<input autofocus onfocus="${run('input-autofocus')}">`,
  `<marquee onstart="${run('marquee')}">marquee</marquee>`,
  `<div style="background-image:url(javascript:${run('style-url')})">styled div</div>`,
  `<div style="background:url(https://attacker.invalid/bg.png)">remote background</div>`,
  `<style>@import url(https://attacker.invalid/x.css); body { display: none }</style>`,
  `<link rel="stylesheet" href="https://attacker.invalid/x.css">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run('meta-refresh')}">`,
  `<base href="javascript:${run('base')}//">`,
  `<form action="javascript:${run('form')}"><button>form button</button></form>`,
  `<math><mtext></table><mglyph><style><img src=x onerror="${run('mxss')}"></style></mglyph></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=${run('noscript')}>"></noscript>`,
  `<a href="#" onclick="${run('onclick')}">click handler</a>`,
  `"><script>${run('attribute-breakout')}</script>`,
  `'';!--"<XSS>=&{()}`,
  `<<SCRIPT>${run('double-open')}//<</SCRIPT>`,
  `<template><img src=x onerror="${run('template')}"></template>`,
];

/** Hostile values for fields shown outside message text (model, ids, tool names, error text). */
export const hostileShortValues = [
  `<img src=x onerror="${run('short-img')}">`,
  `<script>${run('short-script')}</script>`,
  `javascript:${run('short-href')}`,
];
