// Generated from src/core/plan/schema.ts by tools/schema-codegen.ts: do not edit.
// npm run codegen rewrites it (REGIMEN_UPDATE_GOLDEN=1 npx vitest run test/core/plan-parse-generated.test.ts).
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

function valid0(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS0.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["schema"]; if (x === undefined || !(x === "regimen/v1")) return false;
  x = v["id"]; if (x === undefined || !(typeof x === 'string' && PATTERN1.test(x))) return false;
  x = v["name"]; if (x === undefined || !(typeof x === 'string' && x.length >= 1)) return false;
  x = v["description"]; if (x !== undefined && !(typeof x === 'string')) return false;
  x = v["goal"]; if (x !== undefined && !(valid1(x))) return false;
  x = v["schedule"]; if (x !== undefined && !(VALUES5.has(x))) return false;
  x = v["week_template"]; if (x !== undefined && !(valid2(x))) return false;
  x = v["days"]; if (x !== undefined && !(valid5(x))) return false;
  x = v["stages"]; if (x === undefined || !(valid7(x))) return false;
  x = v["phases"]; if (x !== undefined && !(valid10(x))) return false;
  x = v["sessions"]; if (x !== undefined && !(valid15(x))) return false;
  x = v["rules"]; if (x !== undefined && !(valid19(x))) return false;
  return true;
}

function valid1(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS2.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["kind"]; if (x === undefined || !(VALUES3.has(x))) return false;
  x = v["title"]; if (x === undefined || !(typeof x === 'string' && x.length >= 1)) return false;
  x = v["date"]; if (x !== undefined && !(typeof x === 'string' && PATTERN4.test(x))) return false;
  x = v["fallback"]; if (x !== undefined && !(typeof x === 'string' && x.length >= 1)) return false;
  return true;
}

function valid2(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS6.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["mon"]; if (x !== undefined && !(valid3(x))) return false;
  x = v["tue"]; if (x !== undefined && !(valid3(x))) return false;
  x = v["wed"]; if (x !== undefined && !(valid3(x))) return false;
  x = v["thu"]; if (x !== undefined && !(valid3(x))) return false;
  x = v["fri"]; if (x !== undefined && !(valid3(x))) return false;
  x = v["sat"]; if (x !== undefined && !(valid3(x))) return false;
  x = v["sun"]; if (x !== undefined && !(valid3(x))) return false;
  return true;
}

function valid3(v: any): boolean {
  const x = v;
  return (VALUES7.has(x)) || (valid4(x));
}

function valid4(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS8.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["type"]; if (x === undefined || !(VALUES7.has(x))) return false;
  x = v["session"]; if (x !== undefined && !(typeof x === 'string' && x.length >= 1)) return false;
  x = v["minutes"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return false;
  x = v["optional"]; if (x !== undefined && !(typeof x === 'boolean')) return false;
  return true;
}

function valid5(v: any): boolean {
  if (!Array.isArray(v) || !(v.length >= 1) || !(v.length <= 30)) return false;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!(valid6(x))) return false;
  }
  return true;
}

function valid6(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS9.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["name"]; if (x === undefined || !(typeof x === 'string' && x.length >= 1)) return false;
  x = v["type"]; if (x === undefined || !(VALUES7.has(x))) return false;
  x = v["session"]; if (x !== undefined && !(typeof x === 'string' && x.length >= 1)) return false;
  x = v["minutes"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return false;
  x = v["optional"]; if (x !== undefined && !(typeof x === 'boolean')) return false;
  return true;
}

function valid7(v: any): boolean {
  if (!Array.isArray(v) || !(v.length >= 1)) return false;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!(valid8(x))) return false;
  }
  return true;
}

function valid8(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS10.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["id"]; if (x === undefined || !(typeof x === 'string' && PATTERN11.test(x))) return false;
  x = v["description"]; if (x !== undefined && !(typeof x === 'string')) return false;
  x = v["minutes"]; if (x !== undefined && !(valid9(x))) return false;
  x = v["sets"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 20)) return false;
  x = v["volume"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 5)) return false;
  x = v["min_weeks"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 104)) return false;
  x = v["week_template"]; if (x !== undefined && !(valid2(x))) return false;
  return true;
}

function valid9(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS12.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["strength"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return false;
  x = v["aerobic"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return false;
  x = v["mixed"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return false;
  x = v["mind_body"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return false;
  return true;
}

function valid10(v: any): boolean {
  if (!Array.isArray(v) || !(v.length >= 1)) return false;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!(valid11(x))) return false;
  }
  return true;
}

function valid11(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS13.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["id"]; if (x === undefined || !(typeof x === 'string' && PATTERN14.test(x))) return false;
  x = v["type"]; if (x === undefined || !(VALUES15.has(x))) return false;
  x = v["weeks"]; if (x === undefined || !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 104)) return false;
  x = v["min_weeks"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 104)) return false;
  x = v["intent"]; if (x !== undefined && !(typeof x === 'string')) return false;
  x = v["weekly_minutes"]; if (x !== undefined && !(valid12(x))) return false;
  x = v["week_template"]; if (x !== undefined && !(valid2(x))) return false;
  x = v["blocks"]; if (x !== undefined && !(valid14(x))) return false;
  x = v["protected"]; if (x !== undefined && !(typeof x === 'boolean')) return false;
  return true;
}

function valid12(v: any): boolean {
  const x = v;
  return (typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 10080) || (valid13(x));
}

function valid13(v: any): boolean {
  if (!Array.isArray(v) || !(v.length >= 1)) return false;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 10080)) return false;
  }
  return true;
}

function valid14(v: any): boolean {
  if (!Array.isArray(v) || !(v.length >= 1)) return false;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!(VALUES16.has(x))) return false;
  }
  return true;
}

function valid15(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype || Object.getOwnPropertySymbols(v).length) return false;
  for (const key of Object.keys(v)) {
    if (key === '__proto__') return false;
    let x: any = key;
    if (!(typeof x === 'string' && PATTERN17.test(x))) return false;
    x = v[key];
    if (!(valid16(x))) return false;
  }
  return true;
}

function valid16(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS18.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["type"]; if (x !== undefined && !(KEYS12.has(x))) return false;
  x = v["standard"]; if (x === undefined || !(valid17(x))) return false;
  x = v["gentle"]; if (x !== undefined && !(valid17(x))) return false;
  x = v["minimal"]; if (x !== undefined && !(valid17(x))) return false;
  return true;
}

function valid17(v: any): boolean {
  if (!Array.isArray(v) || !(v.length >= 1)) return false;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!(valid18(x))) return false;
  }
  return true;
}

function valid18(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS19.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["exercise"]; if (x === undefined || !(typeof x === 'string' && x.length >= 1)) return false;
  x = v["sets"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 20)) return false;
  x = v["reps"]; if (x !== undefined && !((typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 1000) || (typeof x === 'string' && PATTERN20.test(x)))) return false;
  x = v["load"]; if (x !== undefined && !(typeof x === 'string' && PATTERN21.test(x))) return false;
  x = v["rir"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 5)) return false;
  x = v["increment"]; if (x !== undefined && !(typeof x === 'string' && PATTERN22.test(x))) return false;
  x = v["minutes"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 600)) return false;
  x = v["distance"]; if (x !== undefined && !(typeof x === 'string' && PATTERN23.test(x))) return false;
  x = v["key"]; if (x !== undefined && !(typeof x === 'boolean')) return false;
  x = v["note"]; if (x !== undefined && !(typeof x === 'string')) return false;
  return true;
}

function valid19(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS24.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["symptoms"]; if (x !== undefined && !(valid20(x))) return false;
  x = v["review"]; if (x !== undefined && !(valid22(x))) return false;
  x = v["repair"]; if (x !== undefined && !(valid23(x))) return false;
  x = v["lint"]; if (x !== undefined && !(valid24(x))) return false;
  return true;
}

function valid20(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS25.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["amber"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 10)) return false;
  x = v["red"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 10)) return false;
  x = v["stop_flags"]; if (x !== undefined && !(valid21(x))) return false;
  return true;
}

function valid21(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!(typeof x === 'string' && PATTERN26.test(x))) return false;
  }
  return true;
}

function valid22(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS27.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["window_days"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 7 && x <= 56)) return false;
  x = v["progress_min_completion"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1)) return false;
  x = v["progress_max_rpe"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return false;
  x = v["progress_max_red_days"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 56)) return false;
  x = v["avoidance_hold"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 56)) return false;
  x = v["step_down_red_session_days"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 56)) return false;
  x = v["step_down_low_completion"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1)) return false;
  x = v["step_down_rpe"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return false;
  x = v["step_down_red_days"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 1 && x <= 56)) return false;
  x = v["step_down_max_rpe"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return false;
  return true;
}

function valid23(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS28.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["slide_max_days"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 7)) return false;
  x = v["honesty_min_completion"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1)) return false;
  return true;
}

function valid24(v: any): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!KEYS29.has(k) || v[k] === undefined) return false;
  let x: any;
  x = v["max_stage_increase"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return false;
  x = v["max_weekly_increase"]; if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10)) return false;
  return true;
}

/** The plan itself when it passes the schema (zod's output differs only in key order), or NOT_SURE. */
export function parsePlanQuickly(v: unknown): unknown {
  return valid0(v) ? v : NOT_SURE;
}
