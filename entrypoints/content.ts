export default defineContentScript({
  matches: ['https://github.com/pypi/support/issues*'],
  main() {},
});
