// Applies the remembered mode before the first paint, so elder users never see small type flash.
// A classic script in <head>, not a module: modules run only after the page is parsed.
if (localStorage.getItem('eldercare.elder') === 'on') document.documentElement.classList.add('elder');
