// Starts Swagger UI on the server's own /openapi. A file of its own, not an inline script: the
// Content-Security-Policy allows only the server's own scripts.
window.ui = SwaggerUIBundle({
  url: new URL('openapi', document.baseURI).href,
  dom_id: '#swagger-ui',
  deepLinking: true
});
