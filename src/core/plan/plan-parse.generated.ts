// Generated from src/core/plan/schema.ts by src/core/plan/schema-codegen.ts: do not edit.
// REGIMEN_UPDATE_GOLDEN=1 npx vitest run test/core/plan-parse-generated.test.ts rewrites it.
/* eslint-disable */

export const NOT_SURE: unique symbol = Symbol('not sure');

const KEYS0 = new Set(["schema","id","name","description","goal","schedule","week_template","days","stages","phases","sessions","rules"]);
const PATTERN1 = /^[a-z0-9][a-z0-9-]*$/;
const KEYS2 = new Set(["kind","title","date","fallback"]);
const VALUES3 = new Set(["wellbeing","event","distance","strength","habit"]);
const PATTERN4 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const VALUES5 = new Set(["weekly","sequence"]);
const KEYS6 = new Set(["mon","tue","wed","thu","fri","sat","sun"]);
const VALUES7 = new Set(["strength","aerobic","mixed","mind_body","rest"]);
const KEYS8 = new Set(["type","session","minutes","optional"]);
const KEYS9 = new Set(["name","type","session","minutes","optional"]);
const KEYS10 = new Set(["id","description","minutes","sets","volume","min_weeks","week_template"]);
const PATTERN11 = /^[A-Z][A-Z0-9_]*$/;
const KEYS12 = new Set(["strength","aerobic","mixed","mind_body"]);
const KEYS13 = new Set(["id","type","weeks","min_weeks","intent","weekly_minutes","week_template","blocks","protected"]);
const PATTERN14 = /^[a-z0-9][a-z0-9_-]*$/;
const VALUES15 = new Set(["base","build","peak","taper","recovery","maintain"]);
const VALUES16 = new Set(["intro","progression","peak","recovery"]);
const PATTERN17 = /^[a-z0-9_][a-z0-9_-]*$/;
const KEYS18 = new Set(["type","standard","gentle","minimal"]);
const KEYS19 = new Set(["exercise","sets","reps","load","rir","increment","minutes","distance","key","note"]);
const PATTERN20 = /^\d+-\d+$/;
const PATTERN21 = /^(?:\d+(?:\.\d+)?(?:kg|lb)|bw|bw\+\d+(?:\.\d+)?(?:kg|lb))$/;
const PATTERN22 = /^\d+(?:\.\d+)?(?:kg|lb)$/;
const PATTERN23 = /^\d+(?:\.\d+)?(?:km|mi|m)$/;
const KEYS24 = new Set(["symptoms","review","repair","lint"]);
const KEYS25 = new Set(["amber","red","stop_flags"]);
const PATTERN26 = /^[a-z][a-z0-9_]*$/;
const KEYS27 = new Set(["window_days","progress_min_completion","progress_max_rpe","progress_max_red_days","avoidance_hold","step_down_red_session_days","step_down_low_completion","step_down_rpe","step_down_red_days","step_down_max_rpe"]);
const KEYS28 = new Set(["slide_max_days","honesty_min_completion"]);
const KEYS29 = new Set(["max_stage_increase","max_weekly_increase"]);

function parse0(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS0.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if (!("schema" in v)) return NOT_SURE;
  x = v["schema"]; if (x === undefined) return NOT_SURE; if (!(x === "regimen/v1")) return NOT_SURE; out["schema"] = x;
  if (!("id" in v)) return NOT_SURE;
  x = v["id"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && PATTERN1.test(x))) return NOT_SURE; out["id"] = x;
  if (!("name" in v)) return NOT_SURE;
  x = v["name"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && x.length >= 1)) return NOT_SURE; out["name"] = x;
  if ("description" in v) { x = v["description"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string')) return NOT_SURE; out["description"] = x; }
  if ("goal" in v) { x = v["goal"]; if (x === undefined) return NOT_SURE; if ((x = parse1(x)) === NOT_SURE) return NOT_SURE; out["goal"] = x; }
  if ("schedule" in v) { x = v["schedule"]; if (x === undefined) return NOT_SURE; if (!(VALUES5.has(x))) return NOT_SURE; out["schedule"] = x; }
  if ("week_template" in v) { x = v["week_template"]; if (x === undefined) return NOT_SURE; if ((x = parse2(x)) === NOT_SURE) return NOT_SURE; out["week_template"] = x; }
  if ("days" in v) { x = v["days"]; if (x === undefined) return NOT_SURE; if ((x = parse5(x)) === NOT_SURE) return NOT_SURE; out["days"] = x; }
  if (!("stages" in v)) return NOT_SURE;
  x = v["stages"]; if (x === undefined) return NOT_SURE; if ((x = parse7(x)) === NOT_SURE) return NOT_SURE; out["stages"] = x;
  if ("phases" in v) { x = v["phases"]; if (x === undefined) return NOT_SURE; if ((x = parse10(x)) === NOT_SURE) return NOT_SURE; out["phases"] = x; }
  if ("sessions" in v) { x = v["sessions"]; if (x === undefined) return NOT_SURE; if ((x = parse15(x)) === NOT_SURE) return NOT_SURE; out["sessions"] = x; }
  if ("rules" in v) { x = v["rules"]; if (x === undefined) return NOT_SURE; if ((x = parse19(x)) === NOT_SURE) return NOT_SURE; out["rules"] = x; }
  return out;
}

function parse1(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS2.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if (!("kind" in v)) return NOT_SURE;
  x = v["kind"]; if (x === undefined) return NOT_SURE; if (!(VALUES3.has(x))) return NOT_SURE; out["kind"] = x;
  if (!("title" in v)) return NOT_SURE;
  x = v["title"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && x.length >= 1)) return NOT_SURE; out["title"] = x;
  if ("date" in v) { x = v["date"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && PATTERN4.test(x))) return NOT_SURE; out["date"] = x; }
  if ("fallback" in v) { x = v["fallback"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && x.length >= 1)) return NOT_SURE; out["fallback"] = x; }
  return out;
}

function parse2(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS6.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if ("mon" in v) { x = v["mon"]; if (x === undefined) return NOT_SURE; if ((x = parse3(x)) === NOT_SURE) return NOT_SURE; out["mon"] = x; }
  if ("tue" in v) { x = v["tue"]; if (x === undefined) return NOT_SURE; if ((x = parse3(x)) === NOT_SURE) return NOT_SURE; out["tue"] = x; }
  if ("wed" in v) { x = v["wed"]; if (x === undefined) return NOT_SURE; if ((x = parse3(x)) === NOT_SURE) return NOT_SURE; out["wed"] = x; }
  if ("thu" in v) { x = v["thu"]; if (x === undefined) return NOT_SURE; if ((x = parse3(x)) === NOT_SURE) return NOT_SURE; out["thu"] = x; }
  if ("fri" in v) { x = v["fri"]; if (x === undefined) return NOT_SURE; if ((x = parse3(x)) === NOT_SURE) return NOT_SURE; out["fri"] = x; }
  if ("sat" in v) { x = v["sat"]; if (x === undefined) return NOT_SURE; if ((x = parse3(x)) === NOT_SURE) return NOT_SURE; out["sat"] = x; }
  if ("sun" in v) { x = v["sun"]; if (x === undefined) return NOT_SURE; if ((x = parse3(x)) === NOT_SURE) return NOT_SURE; out["sun"] = x; }
  return out;
}

function parse3(v: any): any {
  let x: any;
  x = v; if (VALUES7.has(x)) return x;
  if ((x = parse4(v)) !== NOT_SURE) return x;
  return NOT_SURE;
}

function parse4(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS8.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if (!("type" in v)) return NOT_SURE;
  x = v["type"]; if (x === undefined) return NOT_SURE; if (!(VALUES7.has(x))) return NOT_SURE; out["type"] = x;
  if ("session" in v) { x = v["session"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && x.length >= 1)) return NOT_SURE; out["session"] = x; }
  if ("minutes" in v) { x = v["minutes"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return NOT_SURE; out["minutes"] = x; }
  if ("optional" in v) { x = v["optional"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'boolean')) return NOT_SURE; out["optional"] = x; }
  return out;
}

function parse5(v: any): any {
  if (!Array.isArray(v) || !(v.length >= 1) || !(v.length <= 30)) return NOT_SURE;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let x = v[i];
    if ((x = parse6(x)) === NOT_SURE) return NOT_SURE;
    out[i] = x;
  }
  return out;
}

function parse6(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS9.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if (!("name" in v)) return NOT_SURE;
  x = v["name"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && x.length >= 1)) return NOT_SURE; out["name"] = x;
  if (!("type" in v)) return NOT_SURE;
  x = v["type"]; if (x === undefined) return NOT_SURE; if (!(VALUES7.has(x))) return NOT_SURE; out["type"] = x;
  if ("session" in v) { x = v["session"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && x.length >= 1)) return NOT_SURE; out["session"] = x; }
  if ("minutes" in v) { x = v["minutes"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return NOT_SURE; out["minutes"] = x; }
  if ("optional" in v) { x = v["optional"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'boolean')) return NOT_SURE; out["optional"] = x; }
  return out;
}

function parse7(v: any): any {
  if (!Array.isArray(v) || !(v.length >= 1)) return NOT_SURE;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let x = v[i];
    if ((x = parse8(x)) === NOT_SURE) return NOT_SURE;
    out[i] = x;
  }
  return out;
}

function parse8(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS10.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if (!("id" in v)) return NOT_SURE;
  x = v["id"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && PATTERN11.test(x))) return NOT_SURE; out["id"] = x;
  if ("description" in v) { x = v["description"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string')) return NOT_SURE; out["description"] = x; }
  if ("minutes" in v) { x = v["minutes"]; if (x === undefined) return NOT_SURE; if ((x = parse9(x)) === NOT_SURE) return NOT_SURE; out["minutes"] = x; }
  if ("sets" in v) { x = v["sets"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 20)) return NOT_SURE; out["sets"] = x; }
  if ("volume" in v) { x = v["volume"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 5)) return NOT_SURE; out["volume"] = x; }
  if ("min_weeks" in v) { x = v["min_weeks"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 104)) return NOT_SURE; out["min_weeks"] = x; }
  if ("week_template" in v) { x = v["week_template"]; if (x === undefined) return NOT_SURE; if ((x = parse2(x)) === NOT_SURE) return NOT_SURE; out["week_template"] = x; }
  return out;
}

function parse9(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS12.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if ("strength" in v) { x = v["strength"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return NOT_SURE; out["strength"] = x; }
  if ("aerobic" in v) { x = v["aerobic"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return NOT_SURE; out["aerobic"] = x; }
  if ("mixed" in v) { x = v["mixed"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return NOT_SURE; out["mixed"] = x; }
  if ("mind_body" in v) { x = v["mind_body"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return NOT_SURE; out["mind_body"] = x; }
  return out;
}

function parse10(v: any): any {
  if (!Array.isArray(v) || !(v.length >= 1)) return NOT_SURE;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let x = v[i];
    if ((x = parse11(x)) === NOT_SURE) return NOT_SURE;
    out[i] = x;
  }
  return out;
}

function parse11(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS13.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if (!("id" in v)) return NOT_SURE;
  x = v["id"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && PATTERN14.test(x))) return NOT_SURE; out["id"] = x;
  if (!("type" in v)) return NOT_SURE;
  x = v["type"]; if (x === undefined) return NOT_SURE; if (!(VALUES15.has(x))) return NOT_SURE; out["type"] = x;
  if (!("weeks" in v)) return NOT_SURE;
  x = v["weeks"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 104)) return NOT_SURE; out["weeks"] = x;
  if ("min_weeks" in v) { x = v["min_weeks"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 104)) return NOT_SURE; out["min_weeks"] = x; }
  if ("intent" in v) { x = v["intent"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string')) return NOT_SURE; out["intent"] = x; }
  if ("weekly_minutes" in v) { x = v["weekly_minutes"]; if (x === undefined) return NOT_SURE; if ((x = parse12(x)) === NOT_SURE) return NOT_SURE; out["weekly_minutes"] = x; }
  if ("week_template" in v) { x = v["week_template"]; if (x === undefined) return NOT_SURE; if ((x = parse2(x)) === NOT_SURE) return NOT_SURE; out["week_template"] = x; }
  if ("blocks" in v) { x = v["blocks"]; if (x === undefined) return NOT_SURE; if ((x = parse14(x)) === NOT_SURE) return NOT_SURE; out["blocks"] = x; }
  if ("protected" in v) { x = v["protected"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'boolean')) return NOT_SURE; out["protected"] = x; }
  return out;
}

function parse12(v: any): any {
  let x: any;
  x = v; if (typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 10080) return x;
  if ((x = parse13(v)) !== NOT_SURE) return x;
  return NOT_SURE;
}

function parse13(v: any): any {
  if (!Array.isArray(v) || !(v.length >= 1)) return NOT_SURE;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let x = v[i];
    if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 10080)) return NOT_SURE;
    out[i] = x;
  }
  return out;
}

function parse14(v: any): any {
  if (!Array.isArray(v) || !(v.length >= 1)) return NOT_SURE;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let x = v[i];
    if (!(VALUES16.has(x))) return NOT_SURE;
    out[i] = x;
  }
  return out;
}

function parse15(v: any): any {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype || Object.getOwnPropertySymbols(v).length) return NOT_SURE;
  const out: any = {};
  for (const key of Object.keys(v)) {
    if (key === '__proto__') return NOT_SURE;
    let x: any = key;
    if (!(typeof x === 'string' && PATTERN17.test(x))) return NOT_SURE;
    x = v[key];
    if ((x = parse16(x)) === NOT_SURE) return NOT_SURE;
    out[key] = x;
  }
  return out;
}

function parse16(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS18.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if ("type" in v) { x = v["type"]; if (x === undefined) return NOT_SURE; if (!(KEYS12.has(x))) return NOT_SURE; out["type"] = x; }
  if (!("standard" in v)) return NOT_SURE;
  x = v["standard"]; if (x === undefined) return NOT_SURE; if ((x = parse17(x)) === NOT_SURE) return NOT_SURE; out["standard"] = x;
  if ("gentle" in v) { x = v["gentle"]; if (x === undefined) return NOT_SURE; if ((x = parse17(x)) === NOT_SURE) return NOT_SURE; out["gentle"] = x; }
  if ("minimal" in v) { x = v["minimal"]; if (x === undefined) return NOT_SURE; if ((x = parse17(x)) === NOT_SURE) return NOT_SURE; out["minimal"] = x; }
  return out;
}

function parse17(v: any): any {
  if (!Array.isArray(v) || !(v.length >= 1)) return NOT_SURE;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let x = v[i];
    if ((x = parse18(x)) === NOT_SURE) return NOT_SURE;
    out[i] = x;
  }
  return out;
}

function parse18(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS19.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if (!("exercise" in v)) return NOT_SURE;
  x = v["exercise"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && x.length >= 1)) return NOT_SURE; out["exercise"] = x;
  if ("sets" in v) { x = v["sets"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 20)) return NOT_SURE; out["sets"] = x; }
  if ("reps" in v) { x = v["reps"]; if (x === undefined) return NOT_SURE; if (!((typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 1000) || (typeof x === 'string' && PATTERN20.test(x)))) return NOT_SURE; out["reps"] = x; }
  if ("load" in v) { x = v["load"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && PATTERN21.test(x))) return NOT_SURE; out["load"] = x; }
  if ("rir" in v) { x = v["rir"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 5)) return NOT_SURE; out["rir"] = x; }
  if ("increment" in v) { x = v["increment"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && PATTERN22.test(x))) return NOT_SURE; out["increment"] = x; }
  if ("minutes" in v) { x = v["minutes"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return NOT_SURE; out["minutes"] = x; }
  if ("distance" in v) { x = v["distance"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string' && PATTERN23.test(x))) return NOT_SURE; out["distance"] = x; }
  if ("key" in v) { x = v["key"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'boolean')) return NOT_SURE; out["key"] = x; }
  if ("note" in v) { x = v["note"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'string')) return NOT_SURE; out["note"] = x; }
  return out;
}

function parse19(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS24.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if ("symptoms" in v) { x = v["symptoms"]; if (x === undefined) return NOT_SURE; if ((x = parse20(x)) === NOT_SURE) return NOT_SURE; out["symptoms"] = x; }
  if ("review" in v) { x = v["review"]; if (x === undefined) return NOT_SURE; if ((x = parse22(x)) === NOT_SURE) return NOT_SURE; out["review"] = x; }
  if ("repair" in v) { x = v["repair"]; if (x === undefined) return NOT_SURE; if ((x = parse23(x)) === NOT_SURE) return NOT_SURE; out["repair"] = x; }
  if ("lint" in v) { x = v["lint"]; if (x === undefined) return NOT_SURE; if ((x = parse24(x)) === NOT_SURE) return NOT_SURE; out["lint"] = x; }
  return out;
}

function parse20(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS25.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if ("amber" in v) { x = v["amber"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 10)) return NOT_SURE; out["amber"] = x; }
  if ("red" in v) { x = v["red"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 10)) return NOT_SURE; out["red"] = x; }
  if ("stop_flags" in v) { x = v["stop_flags"]; if (x === undefined) return NOT_SURE; if ((x = parse21(x)) === NOT_SURE) return NOT_SURE; out["stop_flags"] = x; }
  return out;
}

function parse21(v: any): any {
  if (!Array.isArray(v)) return NOT_SURE;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let x = v[i];
    if (!(typeof x === 'string' && PATTERN26.test(x))) return NOT_SURE;
    out[i] = x;
  }
  return out;
}

function parse22(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS27.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if ("window_days" in v) { x = v["window_days"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 7 && x <= 56)) return NOT_SURE; out["window_days"] = x; }
  if ("progress_min_completion" in v) { x = v["progress_min_completion"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1)) return NOT_SURE; out["progress_min_completion"] = x; }
  if ("progress_max_rpe" in v) { x = v["progress_max_rpe"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return NOT_SURE; out["progress_max_rpe"] = x; }
  if ("progress_max_red_days" in v) { x = v["progress_max_red_days"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 56)) return NOT_SURE; out["progress_max_red_days"] = x; }
  if ("avoidance_hold" in v) { x = v["avoidance_hold"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 56)) return NOT_SURE; out["avoidance_hold"] = x; }
  if ("step_down_red_session_days" in v) { x = v["step_down_red_session_days"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 56)) return NOT_SURE; out["step_down_red_session_days"] = x; }
  if ("step_down_low_completion" in v) { x = v["step_down_low_completion"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1)) return NOT_SURE; out["step_down_low_completion"] = x; }
  if ("step_down_rpe" in v) { x = v["step_down_rpe"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return NOT_SURE; out["step_down_rpe"] = x; }
  if ("step_down_red_days" in v) { x = v["step_down_red_days"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 56)) return NOT_SURE; out["step_down_red_days"] = x; }
  if ("step_down_max_rpe" in v) { x = v["step_down_max_rpe"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return NOT_SURE; out["step_down_max_rpe"] = x; }
  return out;
}

function parse23(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS28.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if ("slide_max_days" in v) { x = v["slide_max_days"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 7)) return NOT_SURE; out["slide_max_days"] = x; }
  if ("honesty_min_completion" in v) { x = v["honesty_min_completion"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1)) return NOT_SURE; out["honesty_min_completion"] = x; }
  return out;
}

function parse24(v: any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT_SURE;
  for (const k in v) if (!KEYS29.has(k)) return NOT_SURE;
  const out: any = {};
  let x: any;
  if ("max_stage_increase" in v) { x = v["max_stage_increase"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return NOT_SURE; out["max_stage_increase"] = x; }
  if ("max_weekly_increase" in v) { x = v["max_weekly_increase"]; if (x === undefined) return NOT_SURE; if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return NOT_SURE; out["max_weekly_increase"] = x; }
  return out;
}

/** Zod's output for a valid plan, or NOT_SURE. */
export function parsePlanQuickly(v: unknown): unknown {
  return parse0(v);
}
