import { register, t } from '../i18n.js';
import { post, session } from '../api.js';
import { show, screen, field, onSubmit } from '../ui.js';

register({ zh: { loginLead: '请用您的账号登录。' }, en: { loginLead: 'Sign in with your account.' } });

export function loginScreen(signedIn) {
  const body = `<p>${t('loginLead')}</p>
    <form id="login-form" class="narrow" novalidate>
      <div class="form-alert" aria-live="assertive"></div>
      ${field('username', t('username'), '', { attrs: 'autocomplete="username" autocapitalize="off" spellcheck="false"' })}
      ${field('password', t('password'), '', { type: 'password', attrs: 'autocomplete="current-password"' })}
      <button type="submit" class="btn btn-primary btn-lg">${t('signIn')}</button>
    </form>
    <p class="mt-4 small text-body-secondary">${t('loginHint')}</p>`;
  const v = show(screen(t('loginTitle'), body, { back: false }));
  onSubmit(v.querySelector('form'), async values => {
    const r = await post('auth/login', { username: values.username.trim(), password: values.password });
    session.set({ token: r.token, user: r.user });
    signedIn();
  });
  v.querySelector('#f-username').focus();
}
