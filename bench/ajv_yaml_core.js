// ajv-cli `-c` module for bench/peer_ajv.sh.
//
// ajv-cli 5 reads .yaml/.yml data with js-yaml 3's safeLoad, whose default
// schema turns `effective: 2022-03-01` into a JavaScript Date, which then
// fails `"type": "string"`.  JSON has no dates, so read YAML with js-yaml's
// CORE_SCHEMA instead (null/bool/int/float only): dates stay strings, the way
// bench/peer_jsonschema.py and encat see them.  Mapping keys are strings in
// JavaScript anyway.  This patches the js-yaml instance ajv-cli itself uses.
"use strict";
const path = require("path");

const utilPath = require.resolve("ajv-cli/dist/commands/util.js");
const yaml = require(require.resolve("js-yaml", { paths: [path.dirname(utilPath)] }));

module.exports = function (ajv) {
  yaml.safeLoad = (text, options) =>
    yaml.load(text, Object.assign({}, options, { schema: yaml.CORE_SCHEMA }));
  return ajv;
};
