// Font set-ups for the browser under test. Each is a fontconfig file of our own, handed to
// Chromium as FONTCONFIG_FILE, so no test depends on the fonts a machine happens to have
// (`make setup-test` installs the Debian packages named here):
//   dejavu  DejaVu only, as on a fresh Debian machine (fonts-dejavu-core; no CJK or Urdu
//           glyphs, which show as boxes)
//   noto    Noto for every script (fonts-noto-core with Nastaliq and Naskh, fonts-noto-cjk)
//           with DejaVu: what most readers' systems have; the default
//   wide    a font half again as wide as DejaVu Sans Bold, made here, preferred for every
//           family, with Noto behind it for Chinese and Urdu: wider and taller text than
//           any font the tests were written with
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import opentype from 'opentype.js';

const DIR = resolve(import.meta.dirname, '..', 'target', 'e2e', 'fonts');
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const NOTO = ['/usr/share/fonts/truetype/noto', '/usr/share/fonts/opentype/noto'];
export const WIDE_FAMILY = 'Wide Test Sans';
const STRETCH = 1.5;

export const PROFILES = ['dejavu', 'noto', 'wide'];

/** DejaVu Sans Bold's printable ASCII and the ellipsis, every outline and advance stretched. */
async function makeWideFont(file) {
  const source = opentype.parse((await readFile(join(DEJAVU, 'DejaVuSans-Bold.ttf'))).buffer);
  const glyphs = [source.glyphs.get(0)];
  for (const code of [...Array(95).keys()].map((i) => i + 32).concat([0x2026])) {
    const g = source.charToGlyph(String.fromCodePoint(code));
    const path = new opentype.Path();
    for (const c of g.path.commands) {
      const d = { ...c };
      for (const k of ['x', 'x1', 'x2']) if (k in d) d[k] *= STRETCH;
      path.commands.push(d);
    }
    glyphs.push(
      new opentype.Glyph({
        name: g.name || `u${code.toString(16)}`,
        unicode: code,
        advanceWidth: Math.round(g.advanceWidth * STRETCH),
        path,
      }),
    );
  }
  const font = new opentype.Font({
    familyName: WIDE_FAMILY,
    styleName: 'Bold',
    unitsPerEm: source.unitsPerEm,
    ascender: source.ascender,
    descender: source.descender,
    weightClass: 700,
    glyphs,
  });
  await writeFile(file, Buffer.from(font.toArrayBuffer()));
}

/** Writes the profile's fontconfig file (and the wide font) once; resolves to its path. */
export async function fontconfig(profile) {
  if (!PROFILES.includes(profile)) throw new Error(`unknown font profile ${profile}`);
  for (const dir of profile === 'dejavu' ? [DEJAVU] : [DEJAVU, ...NOTO]) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run make setup-test (it installs the fonts)`);
  }
  await mkdir(join(DIR, 'wide'), { recursive: true });
  const file = join(DIR, `${profile}.conf`);
  const dirs = profile === 'dejavu' ? [DEJAVU] : [DEJAVU, ...NOTO];
  let extra = '';
  if (profile === 'wide') {
    const wide = join(DIR, 'wide', 'WideTestSans-Bold.otf');
    if (!existsSync(wide)) await makeWideFont(wide);
    dirs.unshift(join(DIR, 'wide'));
    extra = `<match target="pattern"><edit name="family" mode="prepend" binding="strong"><string>${WIDE_FAMILY}</string></edit></match>`;
  }
  await writeFile(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}
  <cachedir>${join(DIR, 'cache', profile)}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
  ${extra}
</fontconfig>
`,
  );
  return file;
}
