// opencc-js ships its dictionaries as modules without types: each is one string "src dst|src dst|…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
