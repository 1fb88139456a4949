// Vue's browser build (a standalone ES module, template compiler included) has the types of the package itself.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
