import type { Plugin } from 'vite';

/**
 * Vite plugin: index.html's first frame, painted before any script runs and replaced by React's first render. The top
 * bar, and on the landing screen (`/users/administrators`, where `/` leads) the users-area navigation and the
 * `Administrators` heading, in the language the app will show, for whoever was last seen here with admin access.
 * Sizes come from the theme and the shell's layout, words from the locale files. The frame is `aria-hidden`.
 */
export function firstFrame(): Plugin {
  return {
    name: 'admin-console:first-frame',
    async transformIndexHtml(html) {
      const { markup, script, css } = await frame();
      return {
        html: html.replace(
          '<div id="root"></div>',
          `<div id="root">${markup}</div><script>${script}</script>`,
        ),
        tags: [{ tag: 'style', children: css, injectTo: 'head' }],
      };
    },
  };
}

const px = (v: string | number | undefined) =>
  typeof v === 'number' ? v : parseFloat(v ?? '0') * (v?.endsWith('rem') ? 16 : 1);

/** Imported when the page is built, not with the config: loading the config (Vitest's too) stays light. */
async function frame() {
  const [{ ADMIN_HINT_KEY, shellLayout }, { LANGUAGE_KEY }, en, enTitle, frTitle, { brandColor, theme }] =
    await Promise.all([
      import('../src/app/first-frame.ts'),
      import('../src/i18n/language-key.ts'),
      import('../src/i18n/locales/en/common.ts'),
      import('../src/i18n/locales/en/administrators.ts'),
      import('../src/i18n/locales/fr/administrators.ts'),
      import('../src/theme/theme.ts'),
    ]);
  const markup =
    `<div class="boot-shell" aria-hidden="true"><div class="boot-bar"><span>${en.common.appName}</span></div>` +
    `<div class="boot-page" id="boot-page"><div class="boot-nav"></div><div class="boot-main">` +
    `<div class="boot-h1">${enTitle.administrators.title}</div></div></div></div>`;
  // The landing screen's part goes, unless this is the landing screen for a visitor with admin access (as far as
  // this device knows: the default persona has it; a link's `?as=` may sign in anyone).
  const script = `(function(){var page=document.getElementById('boot-page'),q=new URLSearchParams(location.search),path=location.pathname.replace(/\\/+$/,''),admin=!0,lang=q.get('lang');try{admin=localStorage.getItem(${JSON.stringify(ADMIN_HINT_KEY)})!=='0';if(lang!=='en'&&lang!=='fr')lang=localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)})}catch(e){}if((path!==''&&path!=='/users/administrators')||q.has('as')||!admin)return page.remove();if(lang==='fr')page.querySelector('.boot-h1').textContent=${JSON.stringify(frTitle.administrators.title)}})();`;

  const { palette, typography, spacing, shadows, breakpoints } = theme;
  const { h1, button, body1 } = typography;
  // A button's height (one line and its padding): the top bar's rows and the heading's row are that tall.
  const buttonHeight = px(button.fontSize) * Number(button.lineHeight) + 12;
  // A list item (one line and its padding) and its border: the users-area navigation's row on phones.
  const navRow = px(body1.fontSize) * Number(body1.lineHeight) + 24 + 1;
  // Phones: the bar's second row is the main navigation (its links have a 3 px underline).
  const phoneBar = 2 * buttonHeight + px(spacing(1)) + 3;
  const toolbar = (theme.mixins.toolbar as Record<string, { minHeight: number }>)[breakpoints.up('sm')]!
    .minHeight;
  const divider = `1px solid ${palette.divider}`;
  const css = `body{margin:0;background:${palette.background.default};font-family:${typography.fontFamily}}
.boot-bar{background:${palette.background.paper};box-sizing:border-box;height:${phoneBar}px;padding:0 ${spacing(2)};position:relative;box-shadow:${shadows[1]}}
.boot-bar span{display:inline-block;line-height:${buttonHeight}px;font-weight:800;color:${brandColor};font-size:${body1.fontSize}}
.boot-page{display:flex;flex-direction:column}
.boot-nav{background:${palette.background.paper};box-sizing:border-box;height:${navRow}px;border-bottom:${divider}}
.boot-main{padding:${spacing(shellLayout.pagePadding.xs)}}
.boot-h1{margin:0;font-weight:${h1.fontWeight};font-size:${h1.fontSize};line-height:${h1.lineHeight};${h1.letterSpacing ? `letter-spacing:${h1.letterSpacing};` : ''}color:${palette.text.primary};overflow-wrap:anywhere}
${breakpoints.up('sm')}{.boot-bar{padding:0 ${spacing(3)}}.boot-main{padding:${spacing(shellLayout.pagePadding.sm)}}.boot-h1{padding-top:${((buttonHeight - px(h1.fontSize) * Number(h1.lineHeight)) / 2).toFixed(2)}px}}
${breakpoints.up('md')}{.boot-bar{height:${toolbar}px;display:flex;align-items:center}.boot-page{flex-direction:row}.boot-nav{width:${shellLayout.usersNavWidth}px;height:auto;min-height:calc(100vh - ${toolbar}px);border-bottom:0;border-right:${divider}}}`;
  return { markup, script, css };
}
