// Lines that belong to the web page around an article rather than to the article itself.

const BOILERPLATE: RegExp[] = [
  /^(download|play|listen to) (the )?(audio|video|mp3|podcast)( file)?$/i,
  /^(and )?share( this( article| story| page)?)?( via| on)?( \w+)?$/i,
  /^(print|print version|printable version|email|e-mail|tweet|like|comments?|advertisement|subscribe)$/i,
  /^(read|see) (more|also)\b.{0,80}$/i,
  /^(follow us|subscribe to|sign up for)\b.{0,80}$/i,
  /^(photo|image|video|source|credit)s?\s*:.{0,120}$/i,
  /^all rights reserved\b.*$/i,
  /^©.{0,120}$/,
  /^[\u2022\u00b7\u25cf\u25aa*|\-–—_=]+$/u,
];

/** True when a line (already trimmed) is page furniture such as `Download audio file` or a lone `•`. */
export function isBoilerplateLine(trimmed: string): boolean {
  const s = trimmed.replace(/[\s\u00a0]+/g, ' ').trim();
  if (s.length === 0) return false;
  return BOILERPLATE.some((re) => re.test(s));
}
