// commander requires child_process when it loads, for executable subcommands, which
// regimen does not use. This stand-in loads the real module only if it is touched,
// so no command pays for it at startup.
'use strict';
let real;
module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      real ??= require('node:child_process');
      return real[key];
    },
  },
);
