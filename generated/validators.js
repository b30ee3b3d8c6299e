// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
import { ucs2length, uri } from "./runtime.js";
const isSendMessageRequest = validate52;
const schema19 = {"allOf":[null,null,{"then":{"anyOf":[{"properties":{"media_urls":{"type":["array","string"]}}}]}},{"then":{"anyOf":[null,{"properties":{"media_urls":{"type":["array","string"]}}}]}}],"properties":{"src":{"type":["string","null"]},"powerpack_uuid":{"type":["string","null"]},"powerpackUUID":{"type":["string","null"]},"dst":0,"text":{"type":["string","null"]},"type":{"type":["string","null"],"enum":["sms","mms","whatsapp",null]},"media_urls":{"type":["array","string","null"]},"media_ids":{"type":["array","null"]},"url":{"type":["string","null"]},"method":{"type":["string","null"],"enum":["GET","POST",null]},"log":{"type":["boolean","string","null"],"enum":[true,false,"true","false","content_only","number_only","",null]},"trackable":{"type":["boolean","string","null"],"enum":[true,false,"true","false",null]},"message_expiry":{"type":["integer","string","null"]},"template":0,"interactive":0,"location":0,"dlt_entity_id":{"type":["string","null"]},"dlt_template_id":{"type":["string","null"]},"dlt_template_category":{"type":["string","null"],"enum":["transactional","promotional","service_implicit","service_explicit",null]}}};
const func1 = ucs2length;
const func3 = Object.prototype.hasOwnProperty;
const pattern3 = /* @__PURE__ */ new RegExp("^[^,]+$", "u");
const pattern4 = /* @__PURE__ */ new RegExp("^\\s*(?:https?|HTTPS?)://[^\\s,]+(?:\\s*,\\s*(?:https?|HTTPS?)://[^\\s,]+)*\\s*$", "u");
const pattern5 = /* @__PURE__ */ new RegExp("^(?:https?|HTTPS?)://", "u");
const pattern7 = /* @__PURE__ */ new RegExp("^(?:[5-9]|[1-9][0-9]{1,3}|10[0-7][0-9]{2}|10800)$", "u");
const formats0 = uri;
const schema20 = {"properties":{"components":{"type":["array","null"]}}};
const schema21 = {"properties":{"type":{"enum":["header","body","button","carousel"]},"sub_type":{"type":["string","null"],"enum":["url","quick_reply",null]},"index":{"type":["string","null"]},"parameters":{"type":["array","null"]},"cards":{"type":["array","null"]}}};
const pattern8 = /* @__PURE__ */ new RegExp("^[0-9]$", "u");
const schema22 = {"properties":{"type":{"enum":["text","media","payload","currency","date_time","location"]},"parameter_name":{"type":["string","null"]},"text":{"type":["string","null"]},"media":{"type":["string","null"]},"payload":{"type":["string","null"]},"currency":{"type":["object","null"]},"date_time":{"type":["object","null"]}}};
const pattern9 = /* @__PURE__ */ new RegExp("^[A-Z]{3}$", "u");
const schema23 = {"properties":{"name":{"type":["string","null"]},"address":{"type":["string","null"]}}};
const pattern10 = /* @__PURE__ */ new RegExp("^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$", "u");
const pattern11 = /* @__PURE__ */ new RegExp("^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$", "u");
function validate56(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.latitude === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "latitude" });
      errors++;
    }
    if (data.longitude === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "longitude" });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "latitude" || key0 === "longitude" || key0 === "name" || key0 === "address")) {
        vErrors = appendError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 });
        errors++;
      }
    }
    if (data.latitude !== void 0) {
      let data0 = data.latitude;
      if (typeof data0 === "string") {
        if (!pattern10.test(data0)) {
          vErrors = appendError(vErrors, instancePath + "/latitude", "#/properties/latitude/pattern", "pattern", { pattern: "^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$" });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/latitude", "#/properties/latitude/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.longitude !== void 0) {
      let data1 = data.longitude;
      if (typeof data1 === "string") {
        if (!pattern11.test(data1)) {
          vErrors = appendError(vErrors, instancePath + "/longitude", "#/properties/longitude/pattern", "pattern", { pattern: "^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$" });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/longitude", "#/properties/longitude/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        vErrors = appendError(vErrors, instancePath + "/name", "#/properties/name/type", "type", { type: schema23.properties.name.type });
        errors++;
      }
      if (typeof data2 === "string") {
        if (data2.length > 1e3 && func1(data2) > 1e3) {
          vErrors = appendError(vErrors, instancePath + "/name", "#/properties/name/maxLength", "maxLength", { limit: 1e3 });
          errors++;
        }
      }
    }
    if (data.address !== void 0) {
      let data3 = data.address;
      if (typeof data3 !== "string" && data3 !== null) {
        vErrors = appendError(vErrors, instancePath + "/address", "#/properties/address/type", "type", { type: schema23.properties.address.type });
        errors++;
      }
      if (typeof data3 === "string") {
        if (data3.length > 1e3 && func1(data3) > 1e3) {
          vErrors = appendError(vErrors, instancePath + "/address", "#/properties/address/maxLength", "maxLength", { limit: 1e3 });
          errors++;
        }
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate55(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("text" !== data.type) {
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.text === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/0/then/required", "required", { missingProperty: "text" });
        errors++;
      }
      if (data.text !== void 0) {
        if (typeof data.text !== "string") {
          vErrors = appendError(vErrors, instancePath + "/text", "#/allOf/0/then/properties/text/type", "type", { type: "string" });
          errors++;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
    }
  }
  if (!valid1) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/0/if", "if", { failingKeyword: "then" });
    errors++;
  }
  const _errs9 = errors;
  let valid4 = true;
  const _errs10 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("media" !== data.type) {
        errors++;
      }
    }
  }
  var _valid1 = _errs10 === errors;
  errors = _errs9;
  if (vErrors !== null) {
    if (_errs9) {
      vErrors.length = _errs9;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs12 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/1/then/required", "required", { missingProperty: "media" });
        errors++;
      }
      if (data.media !== void 0) {
        if (typeof data.media !== "string") {
          vErrors = appendError(vErrors, instancePath + "/media", "#/allOf/1/then/properties/media/type", "type", { type: "string" });
          errors++;
        }
      }
    }
    var _valid1 = _errs12 === errors;
    valid4 = _valid1;
    if (valid4) {
    }
  }
  if (!valid4) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/1/if", "if", { failingKeyword: "then" });
    errors++;
  }
  const _errs16 = errors;
  let valid7 = true;
  const _errs17 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("payload" !== data.type) {
        errors++;
      }
    }
  }
  var _valid2 = _errs17 === errors;
  errors = _errs16;
  if (vErrors !== null) {
    if (_errs16) {
      vErrors.length = _errs16;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs19 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.payload === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/2/then/required", "required", { missingProperty: "payload" });
        errors++;
      }
      if (data.payload !== void 0) {
        if (typeof data.payload !== "string") {
          vErrors = appendError(vErrors, instancePath + "/payload", "#/allOf/2/then/properties/payload/type", "type", { type: "string" });
          errors++;
        }
      }
    }
    var _valid2 = _errs19 === errors;
    valid7 = _valid2;
    if (valid7) {
    }
  }
  if (!valid7) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/2/if", "if", { failingKeyword: "then" });
    errors++;
  }
  const _errs23 = errors;
  let valid10 = true;
  const _errs24 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("currency" !== data.type) {
        errors++;
      }
    }
  }
  var _valid3 = _errs24 === errors;
  errors = _errs23;
  if (vErrors !== null) {
    if (_errs23) {
      vErrors.length = _errs23;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs26 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.currency === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/3/then/required", "required", { missingProperty: "currency" });
        errors++;
      }
      if (data.currency !== void 0) {
        let data7 = data.currency;
        if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
          vErrors = appendError(vErrors, instancePath + "/currency", "#/allOf/3/then/properties/currency/type", "type", { type: "object" });
          errors++;
        }
      }
    }
    var _valid3 = _errs26 === errors;
    valid10 = _valid3;
    if (valid10) {
    }
  }
  if (!valid10) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/3/if", "if", { failingKeyword: "then" });
    errors++;
  }
  const _errs30 = errors;
  let valid13 = true;
  const _errs31 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("date_time" !== data.type) {
        errors++;
      }
    }
  }
  var _valid4 = _errs31 === errors;
  errors = _errs30;
  if (vErrors !== null) {
    if (_errs30) {
      vErrors.length = _errs30;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs33 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.date_time === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/4/then/required", "required", { missingProperty: "date_time" });
        errors++;
      }
      if (data.date_time !== void 0) {
        let data9 = data.date_time;
        if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
          vErrors = appendError(vErrors, instancePath + "/date_time", "#/allOf/4/then/properties/date_time/type", "type", { type: "object" });
          errors++;
        }
      }
    }
    var _valid4 = _errs33 === errors;
    valid13 = _valid4;
    if (valid13) {
    }
  }
  if (!valid13) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/4/if", "if", { failingKeyword: "then" });
    errors++;
  }
  const _errs37 = errors;
  let valid16 = true;
  const _errs38 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("location" !== data.type) {
        errors++;
      }
    }
  }
  var _valid5 = _errs38 === errors;
  errors = _errs37;
  if (vErrors !== null) {
    if (_errs37) {
      vErrors.length = _errs37;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs40 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.location === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/5/then/required", "required", { missingProperty: "location" });
        errors++;
      }
      if (data.location !== void 0) {
        let data11 = data.location;
        if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
          vErrors = appendError(vErrors, instancePath + "/location", "#/allOf/5/then/properties/location/type", "type", { type: "object" });
          errors++;
        }
      }
    }
    var _valid5 = _errs40 === errors;
    valid16 = _valid5;
    if (valid16) {
    }
  }
  if (!valid16) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/5/if", "if", { failingKeyword: "then" });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "type" });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "parameter_name" || key0 === "text" || key0 === "media" || key0 === "payload" || key0 === "currency" || key0 === "date_time" || key0 === "location")) {
        vErrors = appendError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 });
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data12 = data.type;
      if (typeof data12 !== "string") {
        vErrors = appendError(vErrors, instancePath + "/type", "#/properties/type/type", "type", { type: "string" });
        errors++;
      }
      if (!(data12 === "text" || data12 === "media" || data12 === "payload" || data12 === "currency" || data12 === "date_time" || data12 === "location")) {
        vErrors = appendError(vErrors, instancePath + "/type", "#/properties/type/enum", "enum", { allowedValues: schema22.properties.type.enum });
        errors++;
      }
    }
    if (data.parameter_name !== void 0) {
      let data13 = data.parameter_name;
      if (typeof data13 !== "string" && data13 !== null) {
        vErrors = appendError(vErrors, instancePath + "/parameter_name", "#/properties/parameter_name/type", "type", { type: schema22.properties.parameter_name.type });
        errors++;
      }
      if (typeof data13 === "string") {
        if (data13.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/parameter_name", "#/properties/parameter_name/minLength", "minLength", { limit: 1 });
          errors++;
        }
      }
    }
    if (data.text !== void 0) {
      let data14 = data.text;
      if (typeof data14 !== "string" && data14 !== null) {
        vErrors = appendError(vErrors, instancePath + "/text", "#/properties/text/type", "type", { type: schema22.properties.text.type });
        errors++;
      }
      if (typeof data14 === "string") {
        if (data14.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/text", "#/properties/text/minLength", "minLength", { limit: 1 });
          errors++;
        }
      }
    }
    if (data.media !== void 0) {
      let data15 = data.media;
      if (typeof data15 !== "string" && data15 !== null) {
        vErrors = appendError(vErrors, instancePath + "/media", "#/properties/media/type", "type", { type: schema22.properties.media.type });
        errors++;
      }
      if (typeof data15 === "string") {
        if (!formats0(data15)) {
          vErrors = appendError(vErrors, instancePath + "/media", "#/properties/media/format", "format", { format: "uri" });
          errors++;
        }
      }
    }
    if (data.payload !== void 0) {
      let data16 = data.payload;
      if (typeof data16 !== "string" && data16 !== null) {
        vErrors = appendError(vErrors, instancePath + "/payload", "#/properties/payload/type", "type", { type: schema22.properties.payload.type });
        errors++;
      }
      if (typeof data16 === "string") {
        if (data16.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/payload", "#/properties/payload/minLength", "minLength", { limit: 1 });
          errors++;
        }
      }
    }
    if (data.currency !== void 0) {
      let data17 = data.currency;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
        vErrors = appendError(vErrors, instancePath + "/currency", "#/properties/currency/type", "type", { type: schema22.properties.currency.type });
        errors++;
      }
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.fallback_value === void 0) {
          vErrors = appendError(vErrors, instancePath + "/currency", "#/properties/currency/required", "required", { missingProperty: "fallback_value" });
          errors++;
        }
        if (data17.currency_code === void 0) {
          vErrors = appendError(vErrors, instancePath + "/currency", "#/properties/currency/required", "required", { missingProperty: "currency_code" });
          errors++;
        }
        if (data17.amount_1000 === void 0) {
          vErrors = appendError(vErrors, instancePath + "/currency", "#/properties/currency/required", "required", { missingProperty: "amount_1000" });
          errors++;
        }
        for (const key1 in data17) {
          if (!(key1 === "fallback_value" || key1 === "currency_code" || key1 === "amount_1000")) {
            vErrors = appendError(vErrors, instancePath + "/currency", "#/properties/currency/additionalProperties", "additionalProperties", { additionalProperty: key1 });
            errors++;
          }
        }
        if (data17.fallback_value !== void 0) {
          let data18 = data17.fallback_value;
          if (typeof data18 === "string") {
            if (data18.length < 1) {
              vErrors = appendError(vErrors, instancePath + "/currency/fallback_value", "#/properties/currency/properties/fallback_value/minLength", "minLength", { limit: 1 });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, instancePath + "/currency/fallback_value", "#/properties/currency/properties/fallback_value/type", "type", { type: "string" });
            errors++;
          }
        }
        if (data17.currency_code !== void 0) {
          let data19 = data17.currency_code;
          if (typeof data19 === "string") {
            if (!pattern9.test(data19)) {
              vErrors = appendError(vErrors, instancePath + "/currency/currency_code", "#/properties/currency/properties/currency_code/pattern", "pattern", { pattern: "^[A-Z]{3}$" });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, instancePath + "/currency/currency_code", "#/properties/currency/properties/currency_code/type", "type", { type: "string" });
            errors++;
          }
        }
        if (data17.amount_1000 !== void 0) {
          let data20 = data17.amount_1000;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            vErrors = appendError(vErrors, instancePath + "/currency/amount_1000", "#/properties/currency/properties/amount_1000/type", "type", { type: "integer" });
            errors++;
          }
        }
      }
    }
    if (data.date_time !== void 0) {
      let data21 = data.date_time;
      if (!(data21 && typeof data21 == "object" && !Array.isArray(data21)) && data21 !== null) {
        vErrors = appendError(vErrors, instancePath + "/date_time", "#/properties/date_time/type", "type", { type: schema22.properties.date_time.type });
        errors++;
      }
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.fallback_value === void 0) {
          vErrors = appendError(vErrors, instancePath + "/date_time", "#/properties/date_time/required", "required", { missingProperty: "fallback_value" });
          errors++;
        }
        for (const key2 in data21) {
          if (!(key2 === "fallback_value")) {
            vErrors = appendError(vErrors, instancePath + "/date_time", "#/properties/date_time/additionalProperties", "additionalProperties", { additionalProperty: key2 });
            errors++;
          }
        }
        if (data21.fallback_value !== void 0) {
          let data22 = data21.fallback_value;
          if (typeof data22 === "string") {
            if (data22.length < 1) {
              vErrors = appendError(vErrors, instancePath + "/date_time/fallback_value", "#/properties/date_time/properties/fallback_value/minLength", "minLength", { limit: 1 });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, instancePath + "/date_time/fallback_value", "#/properties/date_time/properties/fallback_value/type", "type", { type: "string" });
            errors++;
          }
        }
      }
    }
    if (data.location !== void 0) {
      let data23 = data.location;
      const _errs69 = errors;
      let valid22 = false;
      let passing0 = null;
      const _errs70 = errors;
      if (!validate56(data23, instancePath + "/location")) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs70 === errors;
      if (_valid6) {
        valid22 = true;
        passing0 = 0;
      }
      const _errs71 = errors;
      if (data23 !== null) {
        vErrors = appendError(vErrors, instancePath + "/location", "#/properties/location/oneOf/1/type", "type", { type: "null" });
        errors++;
      }
      var _valid6 = _errs71 === errors;
      if (_valid6 && valid22) {
        valid22 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid6) {
          valid22 = true;
          passing0 = 1;
        }
      }
      if (!valid22) {
        vErrors = appendError(vErrors, instancePath + "/location", "#/properties/location/oneOf", "oneOf", { passingSchemas: passing0 });
        errors++;
      } else {
        errors = _errs69;
        if (vErrors !== null) {
          if (_errs69) {
            vErrors.length = _errs69;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
const wrapper0 = { validate: validate54 };
function validate54(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "type" });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "sub_type" || key0 === "index" || key0 === "parameters" || key0 === "cards")) {
        vErrors = appendError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 });
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        vErrors = appendError(vErrors, instancePath + "/type", "#/properties/type/type", "type", { type: "string" });
        errors++;
      }
      if (!(data0 === "header" || data0 === "body" || data0 === "button" || data0 === "carousel")) {
        vErrors = appendError(vErrors, instancePath + "/type", "#/properties/type/enum", "enum", { allowedValues: schema21.properties.type.enum });
        errors++;
      }
    }
    if (data.sub_type !== void 0) {
      let data1 = data.sub_type;
      if (typeof data1 !== "string" && data1 !== null) {
        vErrors = appendError(vErrors, instancePath + "/sub_type", "#/properties/sub_type/type", "type", { type: schema21.properties.sub_type.type });
        errors++;
      }
      if (!(data1 === "url" || data1 === "quick_reply" || data1 === null)) {
        vErrors = appendError(vErrors, instancePath + "/sub_type", "#/properties/sub_type/enum", "enum", { allowedValues: schema21.properties.sub_type.enum });
        errors++;
      }
    }
    if (data.index !== void 0) {
      let data2 = data.index;
      if (typeof data2 !== "string" && data2 !== null) {
        vErrors = appendError(vErrors, instancePath + "/index", "#/properties/index/type", "type", { type: schema21.properties.index.type });
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern8.test(data2)) {
          vErrors = appendError(vErrors, instancePath + "/index", "#/properties/index/pattern", "pattern", { pattern: "^[0-9]$" });
          errors++;
        }
      }
    }
    if (data.parameters !== void 0) {
      let data3 = data.parameters;
      if (!Array.isArray(data3) && data3 !== null) {
        vErrors = appendError(vErrors, instancePath + "/parameters", "#/properties/parameters/type", "type", { type: schema21.properties.parameters.type });
        errors++;
      }
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate55(data3[i0], instancePath + "/parameters/" + i0)) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.cards !== void 0) {
      let data5 = data.cards;
      if (!Array.isArray(data5) && data5 !== null) {
        vErrors = appendError(vErrors, instancePath + "/cards", "#/properties/cards/type", "type", { type: schema21.properties.cards.type });
        errors++;
      }
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.components === void 0) {
              vErrors = appendError(vErrors, instancePath + "/cards/" + i1, "#/properties/cards/items/required", "required", { missingProperty: "components" });
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "card_index" || key1 === "components")) {
                vErrors = appendError(vErrors, instancePath + "/cards/" + i1, "#/properties/cards/items/additionalProperties", "additionalProperties", { additionalProperty: key1 });
                errors++;
              }
            }
            if (data6.card_index !== void 0) {
              let data7 = data6.card_index;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                vErrors = appendError(vErrors, instancePath + "/cards/" + i1 + "/card_index", "#/properties/cards/items/properties/card_index/type", "type", { type: "integer" });
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 > 9 || isNaN(data7)) {
                  vErrors = appendError(vErrors, instancePath + "/cards/" + i1 + "/card_index", "#/properties/cards/items/properties/card_index/maximum", "maximum", { comparison: "<=", limit: 9 });
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  vErrors = appendError(vErrors, instancePath + "/cards/" + i1 + "/card_index", "#/properties/cards/items/properties/card_index/minimum", "minimum", { comparison: ">=", limit: 0 });
                  errors++;
                }
              }
            }
            if (data6.components !== void 0) {
              let data8 = data6.components;
              if (Array.isArray(data8)) {
                const len2 = data8.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (!wrapper0.validate(data8[i2], instancePath + "/cards/" + i1 + "/components/" + i2)) {
                    vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                vErrors = appendError(vErrors, instancePath + "/cards/" + i1 + "/components", "#/properties/cards/items/properties/components/type", "type", { type: "array" });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, instancePath + "/cards/" + i1, "#/properties/cards/items/type", "type", { type: "object" });
            errors++;
          }
        }
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
function validate53(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "name" });
      errors++;
    }
    if (data.language === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "language" });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "language" || key0 === "components")) {
        vErrors = appendError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 });
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/name", "#/properties/name/minLength", "minLength", { limit: 1 });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/name", "#/properties/name/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.language !== void 0) {
      let data1 = data.language;
      if (typeof data1 === "string") {
        if (data1.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/language", "#/properties/language/minLength", "minLength", { limit: 1 });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/language", "#/properties/language/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data2 = data.components;
      if (!Array.isArray(data2) && data2 !== null) {
        vErrors = appendError(vErrors, instancePath + "/components", "#/properties/components/type", "type", { type: schema20.properties.components.type });
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate54(data2[i0], instancePath + "/components/" + i0)) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
const schema24 = {"properties":{"type":{"enum":["list","button","cta_url"]},"header":{"type":["object","null"],"properties":{"type":{"enum":["text","media"]},"text":{"type":["string","null"]},"media":{"type":["string","null"]}}},"footer":{"type":["object","null"]},"action":{"properties":{"buttons":{"type":["array","null"],"items":{"properties":{"id":{"type":["string","null"]},"cta_url":{"type":["string","null"]}}}},"sections":{"type":["array","null"],"items":{"properties":{"title":{"type":["string","null"]},"rows":{"items":{"properties":{"description":{"type":["string","null"]}}}}}}}}}}};
function validate61(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("list" !== data.type) {
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        let data1 = data.action;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.sections === void 0) {
            vErrors = appendError(vErrors, instancePath + "/action", "#/allOf/0/then/properties/action/required", "required", { missingProperty: "sections" });
            errors++;
          }
          if (data1.sections !== void 0) {
            let data2 = data1.sections;
            if (Array.isArray(data2)) {
              if (data2.length < 1) {
                vErrors = appendError(vErrors, instancePath + "/action/sections", "#/allOf/0/then/properties/action/properties/sections/minItems", "minItems", { limit: 1 });
                errors++;
              }
            } else {
              vErrors = appendError(vErrors, instancePath + "/action/sections", "#/allOf/0/then/properties/action/properties/sections/type", "type", { type: "array" });
              errors++;
            }
          }
          if (data1.buttons !== void 0) {
            let data3 = data1.buttons;
            if (Array.isArray(data3)) {
              if (data3.length > 1) {
                vErrors = appendError(vErrors, instancePath + "/action/buttons", "#/allOf/0/then/properties/action/properties/buttons/maxItems", "maxItems", { limit: 1 });
                errors++;
              }
            }
          }
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
    }
  }
  if (!valid1) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/0/if", "if", { failingKeyword: "then" });
    errors++;
  }
  const _errs11 = errors;
  let valid5 = true;
  const _errs12 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("button" !== data.type) {
        errors++;
      }
    }
  }
  var _valid1 = _errs12 === errors;
  errors = _errs11;
  if (vErrors !== null) {
    if (_errs11) {
      vErrors.length = _errs11;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs14 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        let data5 = data.action;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          if (data5.buttons === void 0) {
            vErrors = appendError(vErrors, instancePath + "/action", "#/allOf/1/then/properties/action/required", "required", { missingProperty: "buttons" });
            errors++;
          }
          if (data5.buttons !== void 0) {
            let data6 = data5.buttons;
            if (Array.isArray(data6)) {
              if (data6.length < 1) {
                vErrors = appendError(vErrors, instancePath + "/action/buttons", "#/allOf/1/then/properties/action/properties/buttons/minItems", "minItems", { limit: 1 });
                errors++;
              }
              const len0 = data6.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                  if (data7.id === void 0) {
                    vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i0, "#/allOf/1/then/properties/action/properties/buttons/items/required", "required", { missingProperty: "id" });
                    errors++;
                  }
                  if (data7.id !== void 0) {
                    if (typeof data7.id !== "string") {
                      vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i0 + "/id", "#/allOf/1/then/properties/action/properties/buttons/items/properties/id/type", "type", { type: "string" });
                      errors++;
                    }
                  }
                }
              }
            } else {
              vErrors = appendError(vErrors, instancePath + "/action/buttons", "#/allOf/1/then/properties/action/properties/buttons/type", "type", { type: "array" });
              errors++;
            }
          }
          if (data5.sections !== void 0) {
            let data9 = data5.sections;
            if (Array.isArray(data9)) {
              if (data9.length > 0) {
                vErrors = appendError(vErrors, instancePath + "/action/sections", "#/allOf/1/then/properties/action/properties/sections/maxItems", "maxItems", { limit: 0 });
                errors++;
              }
            }
          }
        }
      }
    }
    var _valid1 = _errs14 === errors;
    valid5 = _valid1;
    if (valid5) {
    }
  }
  if (!valid5) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/1/if", "if", { failingKeyword: "then" });
    errors++;
  }
  const _errs23 = errors;
  let valid12 = true;
  const _errs24 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("cta_url" !== data.type) {
        errors++;
      }
    }
  }
  var _valid2 = _errs24 === errors;
  errors = _errs23;
  if (vErrors !== null) {
    if (_errs23) {
      vErrors.length = _errs23;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs26 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        let data11 = data.action;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
          if (data11.buttons === void 0) {
            vErrors = appendError(vErrors, instancePath + "/action", "#/allOf/2/then/properties/action/required", "required", { missingProperty: "buttons" });
            errors++;
          }
          if (data11.buttons !== void 0) {
            let data12 = data11.buttons;
            if (Array.isArray(data12)) {
              if (data12.length > 1) {
                vErrors = appendError(vErrors, instancePath + "/action/buttons", "#/allOf/2/then/properties/action/properties/buttons/maxItems", "maxItems", { limit: 1 });
                errors++;
              }
              if (data12.length < 1) {
                vErrors = appendError(vErrors, instancePath + "/action/buttons", "#/allOf/2/then/properties/action/properties/buttons/minItems", "minItems", { limit: 1 });
                errors++;
              }
              const len1 = data12.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data13 = data12[i1];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                  if (data13.cta_url === void 0) {
                    vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i1, "#/allOf/2/then/properties/action/properties/buttons/items/required", "required", { missingProperty: "cta_url" });
                    errors++;
                  }
                  if (data13.cta_url !== void 0) {
                    if (typeof data13.cta_url !== "string") {
                      vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i1 + "/cta_url", "#/allOf/2/then/properties/action/properties/buttons/items/properties/cta_url/type", "type", { type: "string" });
                      errors++;
                    }
                  }
                }
              }
            } else {
              vErrors = appendError(vErrors, instancePath + "/action/buttons", "#/allOf/2/then/properties/action/properties/buttons/type", "type", { type: "array" });
              errors++;
            }
          }
          if (data11.sections !== void 0) {
            let data15 = data11.sections;
            if (Array.isArray(data15)) {
              if (data15.length > 0) {
                vErrors = appendError(vErrors, instancePath + "/action/sections", "#/allOf/2/then/properties/action/properties/sections/maxItems", "maxItems", { limit: 0 });
                errors++;
              }
            }
          }
        }
      }
    }
    var _valid2 = _errs26 === errors;
    valid12 = _valid2;
    if (valid12) {
    }
  }
  if (!valid12) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/2/if", "if", { failingKeyword: "then" });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "type" });
      errors++;
    }
    if (data.body === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "body" });
      errors++;
    }
    if (data.action === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "action" });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "header" || key0 === "body" || key0 === "footer" || key0 === "action")) {
        vErrors = appendError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 });
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data16 = data.type;
      if (typeof data16 !== "string") {
        vErrors = appendError(vErrors, instancePath + "/type", "#/properties/type/type", "type", { type: "string" });
        errors++;
      }
      if (!(data16 === "list" || data16 === "button" || data16 === "cta_url")) {
        vErrors = appendError(vErrors, instancePath + "/type", "#/properties/type/enum", "enum", { allowedValues: schema24.properties.type.enum });
        errors++;
      }
    }
    if (data.header !== void 0) {
      let data17 = data.header;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
        vErrors = appendError(vErrors, instancePath + "/header", "#/properties/header/type", "type", { type: schema24.properties.header.type });
        errors++;
      }
      const _errs40 = errors;
      let valid21 = true;
      const _errs41 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type !== void 0) {
          if ("text" !== data17.type) {
            errors++;
          }
        }
      }
      var _valid3 = _errs41 === errors;
      errors = _errs40;
      if (vErrors !== null) {
        if (_errs40) {
          vErrors.length = _errs40;
        } else {
          vErrors = null;
        }
      }
      if (_valid3) {
        const _errs43 = errors;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.text === void 0) {
            vErrors = appendError(vErrors, instancePath + "/header", "#/properties/header/allOf/0/then/required", "required", { missingProperty: "text" });
            errors++;
          }
          if (data17.text !== void 0) {
            if (typeof data17.text !== "string") {
              vErrors = appendError(vErrors, instancePath + "/header/text", "#/properties/header/allOf/0/then/properties/text/type", "type", { type: "string" });
              errors++;
            }
          }
        }
        var _valid3 = _errs43 === errors;
        valid21 = _valid3;
        if (valid21) {
        }
      }
      if (!valid21) {
        vErrors = appendError(vErrors, instancePath + "/header", "#/properties/header/allOf/0/if", "if", { failingKeyword: "then" });
        errors++;
      }
      const _errs47 = errors;
      let valid24 = true;
      const _errs48 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type !== void 0) {
          if ("media" !== data17.type) {
            errors++;
          }
        }
      }
      var _valid4 = _errs48 === errors;
      errors = _errs47;
      if (vErrors !== null) {
        if (_errs47) {
          vErrors.length = _errs47;
        } else {
          vErrors = null;
        }
      }
      if (_valid4) {
        const _errs50 = errors;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.media === void 0) {
            vErrors = appendError(vErrors, instancePath + "/header", "#/properties/header/allOf/1/then/required", "required", { missingProperty: "media" });
            errors++;
          }
          if (data17.media !== void 0) {
            if (typeof data17.media !== "string") {
              vErrors = appendError(vErrors, instancePath + "/header/media", "#/properties/header/allOf/1/then/properties/media/type", "type", { type: "string" });
              errors++;
            }
          }
        }
        var _valid4 = _errs50 === errors;
        valid24 = _valid4;
        if (valid24) {
        }
      }
      if (!valid24) {
        vErrors = appendError(vErrors, instancePath + "/header", "#/properties/header/allOf/1/if", "if", { failingKeyword: "then" });
        errors++;
      }
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type === void 0) {
          vErrors = appendError(vErrors, instancePath + "/header", "#/properties/header/required", "required", { missingProperty: "type" });
          errors++;
        }
        for (const key1 in data17) {
          if (!(key1 === "type" || key1 === "text" || key1 === "media")) {
            vErrors = appendError(vErrors, instancePath + "/header", "#/properties/header/additionalProperties", "additionalProperties", { additionalProperty: key1 });
            errors++;
          }
        }
        if (data17.type !== void 0) {
          let data22 = data17.type;
          if (typeof data22 !== "string") {
            vErrors = appendError(vErrors, instancePath + "/header/type", "#/properties/header/properties/type/type", "type", { type: "string" });
            errors++;
          }
          if (!(data22 === "text" || data22 === "media")) {
            vErrors = appendError(vErrors, instancePath + "/header/type", "#/properties/header/properties/type/enum", "enum", { allowedValues: schema24.properties.header.properties.type.enum });
            errors++;
          }
        }
        if (data17.text !== void 0) {
          let data23 = data17.text;
          if (typeof data23 !== "string" && data23 !== null) {
            vErrors = appendError(vErrors, instancePath + "/header/text", "#/properties/header/properties/text/type", "type", { type: schema24.properties.header.properties.text.type });
            errors++;
          }
          if (typeof data23 === "string") {
            if (data23.length > 60 && func1(data23) > 60) {
              vErrors = appendError(vErrors, instancePath + "/header/text", "#/properties/header/properties/text/maxLength", "maxLength", { limit: 60 });
              errors++;
            }
            if (data23.length < 1) {
              vErrors = appendError(vErrors, instancePath + "/header/text", "#/properties/header/properties/text/minLength", "minLength", { limit: 1 });
              errors++;
            }
          }
        }
        if (data17.media !== void 0) {
          let data24 = data17.media;
          if (typeof data24 !== "string" && data24 !== null) {
            vErrors = appendError(vErrors, instancePath + "/header/media", "#/properties/header/properties/media/type", "type", { type: schema24.properties.header.properties.media.type });
            errors++;
          }
          if (typeof data24 === "string") {
            if (!formats0(data24)) {
              vErrors = appendError(vErrors, instancePath + "/header/media", "#/properties/header/properties/media/format", "format", { format: "uri" });
              errors++;
            }
          }
        }
      }
    }
    if (data.body !== void 0) {
      let data25 = data.body;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.text === void 0) {
          vErrors = appendError(vErrors, instancePath + "/body", "#/properties/body/required", "required", { missingProperty: "text" });
          errors++;
        }
        for (const key2 in data25) {
          if (!(key2 === "text")) {
            vErrors = appendError(vErrors, instancePath + "/body", "#/properties/body/additionalProperties", "additionalProperties", { additionalProperty: key2 });
            errors++;
          }
        }
        if (data25.text !== void 0) {
          let data26 = data25.text;
          if (typeof data26 === "string") {
            if (data26.length > 1024 && func1(data26) > 1024) {
              vErrors = appendError(vErrors, instancePath + "/body/text", "#/properties/body/properties/text/maxLength", "maxLength", { limit: 1024 });
              errors++;
            }
            if (data26.length < 1) {
              vErrors = appendError(vErrors, instancePath + "/body/text", "#/properties/body/properties/text/minLength", "minLength", { limit: 1 });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, instancePath + "/body/text", "#/properties/body/properties/text/type", "type", { type: "string" });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/body", "#/properties/body/type", "type", { type: "object" });
        errors++;
      }
    }
    if (data.footer !== void 0) {
      let data27 = data.footer;
      if (!(data27 && typeof data27 == "object" && !Array.isArray(data27)) && data27 !== null) {
        vErrors = appendError(vErrors, instancePath + "/footer", "#/properties/footer/type", "type", { type: schema24.properties.footer.type });
        errors++;
      }
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.text === void 0) {
          vErrors = appendError(vErrors, instancePath + "/footer", "#/properties/footer/required", "required", { missingProperty: "text" });
          errors++;
        }
        for (const key3 in data27) {
          if (!(key3 === "text")) {
            vErrors = appendError(vErrors, instancePath + "/footer", "#/properties/footer/additionalProperties", "additionalProperties", { additionalProperty: key3 });
            errors++;
          }
        }
        if (data27.text !== void 0) {
          let data28 = data27.text;
          if (typeof data28 === "string") {
            if (data28.length > 60 && func1(data28) > 60) {
              vErrors = appendError(vErrors, instancePath + "/footer/text", "#/properties/footer/properties/text/maxLength", "maxLength", { limit: 60 });
              errors++;
            }
            if (data28.length < 1) {
              vErrors = appendError(vErrors, instancePath + "/footer/text", "#/properties/footer/properties/text/minLength", "minLength", { limit: 1 });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, instancePath + "/footer/text", "#/properties/footer/properties/text/type", "type", { type: "string" });
            errors++;
          }
        }
      }
    }
    if (data.action !== void 0) {
      let data29 = data.action;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key4 in data29) {
          if (!(key4 === "buttons" || key4 === "sections")) {
            vErrors = appendError(vErrors, instancePath + "/action", "#/properties/action/additionalProperties", "additionalProperties", { additionalProperty: key4 });
            errors++;
          }
        }
        if (data29.buttons !== void 0) {
          let data30 = data29.buttons;
          if (!Array.isArray(data30) && data30 !== null) {
            vErrors = appendError(vErrors, instancePath + "/action/buttons", "#/properties/action/properties/buttons/type", "type", { type: schema24.properties.action.properties.buttons.type });
            errors++;
          }
          if (Array.isArray(data30)) {
            if (data30.length > 3) {
              vErrors = appendError(vErrors, instancePath + "/action/buttons", "#/properties/action/properties/buttons/maxItems", "maxItems", { limit: 3 });
              errors++;
            }
            const len2 = data30.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data31 = data30[i2];
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.title === void 0) {
                  vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2, "#/properties/action/properties/buttons/items/required", "required", { missingProperty: "title" });
                  errors++;
                }
                for (const key5 in data31) {
                  if (!(key5 === "id" || key5 === "title" || key5 === "cta_url")) {
                    vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2, "#/properties/action/properties/buttons/items/additionalProperties", "additionalProperties", { additionalProperty: key5 });
                    errors++;
                  }
                }
                if (data31.id !== void 0) {
                  let data32 = data31.id;
                  if (typeof data32 !== "string" && data32 !== null) {
                    vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2 + "/id", "#/properties/action/properties/buttons/items/properties/id/type", "type", { type: schema24.properties.action.properties.buttons.items.properties.id.type });
                    errors++;
                  }
                  if (typeof data32 === "string") {
                    if (data32.length > 256 && func1(data32) > 256) {
                      vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2 + "/id", "#/properties/action/properties/buttons/items/properties/id/maxLength", "maxLength", { limit: 256 });
                      errors++;
                    }
                    if (data32.length < 1) {
                      vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2 + "/id", "#/properties/action/properties/buttons/items/properties/id/minLength", "minLength", { limit: 1 });
                      errors++;
                    }
                  }
                }
                if (data31.title !== void 0) {
                  let data33 = data31.title;
                  if (typeof data33 === "string") {
                    if (data33.length > 20 && func1(data33) > 20) {
                      vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2 + "/title", "#/properties/action/properties/buttons/items/properties/title/maxLength", "maxLength", { limit: 20 });
                      errors++;
                    }
                    if (data33.length < 1) {
                      vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2 + "/title", "#/properties/action/properties/buttons/items/properties/title/minLength", "minLength", { limit: 1 });
                      errors++;
                    }
                  } else {
                    vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2 + "/title", "#/properties/action/properties/buttons/items/properties/title/type", "type", { type: "string" });
                    errors++;
                  }
                }
                if (data31.cta_url !== void 0) {
                  let data34 = data31.cta_url;
                  if (typeof data34 !== "string" && data34 !== null) {
                    vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2 + "/cta_url", "#/properties/action/properties/buttons/items/properties/cta_url/type", "type", { type: schema24.properties.action.properties.buttons.items.properties.cta_url.type });
                    errors++;
                  }
                  if (typeof data34 === "string") {
                    if (!formats0(data34)) {
                      vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2 + "/cta_url", "#/properties/action/properties/buttons/items/properties/cta_url/format", "format", { format: "uri" });
                      errors++;
                    }
                  }
                }
              } else {
                vErrors = appendError(vErrors, instancePath + "/action/buttons/" + i2, "#/properties/action/properties/buttons/items/type", "type", { type: "object" });
                errors++;
              }
            }
          }
        }
        if (data29.sections !== void 0) {
          let data35 = data29.sections;
          if (!Array.isArray(data35) && data35 !== null) {
            vErrors = appendError(vErrors, instancePath + "/action/sections", "#/properties/action/properties/sections/type", "type", { type: schema24.properties.action.properties.sections.type });
            errors++;
          }
          if (Array.isArray(data35)) {
            if (data35.length > 10) {
              vErrors = appendError(vErrors, instancePath + "/action/sections", "#/properties/action/properties/sections/maxItems", "maxItems", { limit: 10 });
              errors++;
            }
            const len3 = data35.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data36 = data35[i3];
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.rows === void 0) {
                  vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3, "#/properties/action/properties/sections/items/required", "required", { missingProperty: "rows" });
                  errors++;
                }
                for (const key6 in data36) {
                  if (!(key6 === "title" || key6 === "rows")) {
                    vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3, "#/properties/action/properties/sections/items/additionalProperties", "additionalProperties", { additionalProperty: key6 });
                    errors++;
                  }
                }
                if (data36.title !== void 0) {
                  let data37 = data36.title;
                  if (typeof data37 !== "string" && data37 !== null) {
                    vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/title", "#/properties/action/properties/sections/items/properties/title/type", "type", { type: schema24.properties.action.properties.sections.items.properties.title.type });
                    errors++;
                  }
                  if (typeof data37 === "string") {
                    if (data37.length > 24 && func1(data37) > 24) {
                      vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/title", "#/properties/action/properties/sections/items/properties/title/maxLength", "maxLength", { limit: 24 });
                      errors++;
                    }
                    if (data37.length < 1) {
                      vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/title", "#/properties/action/properties/sections/items/properties/title/minLength", "minLength", { limit: 1 });
                      errors++;
                    }
                  }
                }
                if (data36.rows !== void 0) {
                  let data38 = data36.rows;
                  if (Array.isArray(data38)) {
                    if (data38.length > 10) {
                      vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows", "#/properties/action/properties/sections/items/properties/rows/maxItems", "maxItems", { limit: 10 });
                      errors++;
                    }
                    if (data38.length < 1) {
                      vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows", "#/properties/action/properties/sections/items/properties/rows/minItems", "minItems", { limit: 1 });
                      errors++;
                    }
                    const len4 = data38.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data39 = data38[i4];
                      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                        if (data39.id === void 0) {
                          vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4, "#/properties/action/properties/sections/items/properties/rows/items/required", "required", { missingProperty: "id" });
                          errors++;
                        }
                        if (data39.title === void 0) {
                          vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4, "#/properties/action/properties/sections/items/properties/rows/items/required", "required", { missingProperty: "title" });
                          errors++;
                        }
                        for (const key7 in data39) {
                          if (!(key7 === "id" || key7 === "title" || key7 === "description")) {
                            vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4, "#/properties/action/properties/sections/items/properties/rows/items/additionalProperties", "additionalProperties", { additionalProperty: key7 });
                            errors++;
                          }
                        }
                        if (data39.id !== void 0) {
                          let data40 = data39.id;
                          if (typeof data40 === "string") {
                            if (data40.length > 200 && func1(data40) > 200) {
                              vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", "#/properties/action/properties/sections/items/properties/rows/items/properties/id/maxLength", "maxLength", { limit: 200 });
                              errors++;
                            }
                            if (data40.length < 1) {
                              vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", "#/properties/action/properties/sections/items/properties/rows/items/properties/id/minLength", "minLength", { limit: 1 });
                              errors++;
                            }
                          } else {
                            vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", "#/properties/action/properties/sections/items/properties/rows/items/properties/id/type", "type", { type: "string" });
                            errors++;
                          }
                        }
                        if (data39.title !== void 0) {
                          let data41 = data39.title;
                          if (typeof data41 === "string") {
                            if (data41.length > 24 && func1(data41) > 24) {
                              vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", "#/properties/action/properties/sections/items/properties/rows/items/properties/title/maxLength", "maxLength", { limit: 24 });
                              errors++;
                            }
                            if (data41.length < 1) {
                              vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", "#/properties/action/properties/sections/items/properties/rows/items/properties/title/minLength", "minLength", { limit: 1 });
                              errors++;
                            }
                          } else {
                            vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", "#/properties/action/properties/sections/items/properties/rows/items/properties/title/type", "type", { type: "string" });
                            errors++;
                          }
                        }
                        if (data39.description !== void 0) {
                          let data42 = data39.description;
                          if (typeof data42 !== "string" && data42 !== null) {
                            vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/description", "#/properties/action/properties/sections/items/properties/rows/items/properties/description/type", "type", { type: schema24.properties.action.properties.sections.items.properties.rows.items.properties.description.type });
                            errors++;
                          }
                          if (typeof data42 === "string") {
                            if (data42.length > 72 && func1(data42) > 72) {
                              vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/description", "#/properties/action/properties/sections/items/properties/rows/items/properties/description/maxLength", "maxLength", { limit: 72 });
                              errors++;
                            }
                          }
                        }
                      } else {
                        vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows/" + i4, "#/properties/action/properties/sections/items/properties/rows/items/type", "type", { type: "object" });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3 + "/rows", "#/properties/action/properties/sections/items/properties/rows/type", "type", { type: "array" });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, instancePath + "/action/sections/" + i3, "#/properties/action/properties/sections/items/type", "type", { type: "object" });
                errors++;
              }
            }
          }
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/action", "#/properties/action/type", "type", { type: "object" });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
function validate52(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.src === void 0 && (missing0 = "src")) {
      errors++;
    } else {
      if (data.src !== void 0) {
        const _errs5 = errors;
        const _errs6 = errors;
        if (data.src !== null) {
          errors++;
        }
        var valid3 = _errs6 === errors;
        if (valid3) {
          errors++;
        } else {
          errors = _errs5;
          if (vErrors !== null) {
            if (_errs5) {
              vErrors.length = _errs5;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.powerpack_uuid !== void 0) {
        if (data.powerpack_uuid !== null) {
          vErrors = appendError(vErrors, instancePath + "/powerpack_uuid", "#/allOf/0/then/properties/powerpack_uuid/type", "type", { type: "null" });
          errors++;
        }
      }
    }
    var _valid0 = _errs8 === errors;
    valid1 = _valid0;
    if (valid1) {
    }
    ifClause0 = "then";
  } else {
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.powerpack_uuid === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/0/else/required", "required", { missingProperty: "powerpack_uuid" });
        errors++;
      }
      if (data.powerpack_uuid !== void 0) {
        const _errs13 = errors;
        const _errs14 = errors;
        if (data.powerpack_uuid !== null) {
          errors++;
        }
        var valid6 = _errs14 === errors;
        if (valid6) {
          vErrors = appendError(vErrors, instancePath + "/powerpack_uuid", "#/allOf/0/else/properties/powerpack_uuid/not", "not", {});
          errors++;
        } else {
          errors = _errs13;
          if (vErrors !== null) {
            if (_errs13) {
              vErrors.length = _errs13;
            } else {
              vErrors = null;
            }
          }
        }
      }
    }
    var _valid0 = _errs11 === errors;
    valid1 = _valid0;
    if (valid1) {
    }
    ifClause0 = "else";
  }
  if (!valid1) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/0/if", "if", { failingKeyword: ifClause0 });
    errors++;
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      let data3 = data.type;
      if (!(data3 === "sms" || data3 === null)) {
        errors++;
      }
    }
  }
  var _valid1 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs20 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.text === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/1/then/required", "required", { missingProperty: "text" });
        errors++;
      }
      if (data.text !== void 0) {
        let data4 = data.text;
        if (typeof data4 === "string") {
          if (data4.length > 1600 && func1(data4) > 1600) {
            vErrors = appendError(vErrors, instancePath + "/text", "#/allOf/1/then/properties/text/maxLength", "maxLength", { limit: 1600 });
            errors++;
          }
        } else {
          vErrors = appendError(vErrors, instancePath + "/text", "#/allOf/1/then/properties/text/type", "type", { type: "string" });
          errors++;
        }
      }
      if (data.media_urls !== void 0) {
        if (data.media_urls !== null) {
          vErrors = appendError(vErrors, instancePath + "/media_urls", "#/allOf/1/then/properties/media_urls/type", "type", { type: "null" });
          errors++;
        }
      }
      if (data.media_ids !== void 0) {
        if (data.media_ids !== null) {
          vErrors = appendError(vErrors, instancePath + "/media_ids", "#/allOf/1/then/properties/media_ids/type", "type", { type: "null" });
          errors++;
        }
      }
      if (data.template !== void 0) {
        if (data.template !== null) {
          vErrors = appendError(vErrors, instancePath + "/template", "#/allOf/1/then/properties/template/type", "type", { type: "null" });
          errors++;
        }
      }
      if (data.interactive !== void 0) {
        if (data.interactive !== null) {
          vErrors = appendError(vErrors, instancePath + "/interactive", "#/allOf/1/then/properties/interactive/type", "type", { type: "null" });
          errors++;
        }
      }
      if (data.location !== void 0) {
        if (data.location !== null) {
          vErrors = appendError(vErrors, instancePath + "/location", "#/allOf/1/then/properties/location/type", "type", { type: "null" });
          errors++;
        }
      }
    }
    var _valid1 = _errs20 === errors;
    valid7 = _valid1;
    if (valid7) {
    }
  }
  if (!valid7) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/1/if", "if", { failingKeyword: "then" });
    errors++;
  }
  const _errs34 = errors;
  let valid10 = true;
  const _errs35 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("mms" !== data.type) {
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs35 === errors;
  errors = _errs34;
  if (vErrors !== null) {
    if (_errs34) {
      vErrors.length = _errs34;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs37 = errors;
    const _errs38 = errors;
    let valid12 = false;
    const _errs39 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_urls === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/2/then/anyOf/0/required", "required", { missingProperty: "media_urls" });
        errors++;
      }
      if (data.media_urls !== void 0) {
        let data11 = data.media_urls;
        if (!Array.isArray(data11) && typeof data11 !== "string") {
          vErrors = appendError(vErrors, instancePath + "/media_urls", "#/allOf/2/then/anyOf/0/properties/media_urls/type", "type", { type: schema19.allOf[2].then.anyOf[0].properties.media_urls.type });
          errors++;
        }
      }
    }
    var _valid3 = _errs39 === errors;
    valid12 = valid12 || _valid3;
    if (_valid3) {
    }
    const _errs42 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_ids === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/2/then/anyOf/1/required", "required", { missingProperty: "media_ids" });
        errors++;
      }
      if (data.media_ids !== void 0) {
        if (!Array.isArray(data.media_ids)) {
          vErrors = appendError(vErrors, instancePath + "/media_ids", "#/allOf/2/then/anyOf/1/properties/media_ids/type", "type", { type: "array" });
          errors++;
        }
      }
    }
    var _valid3 = _errs42 === errors;
    valid12 = valid12 || _valid3;
    if (_valid3) {
    }
    if (!valid12) {
      vErrors = appendError(vErrors, instancePath, "#/allOf/2/then/anyOf", "anyOf", {});
      errors++;
    } else {
      errors = _errs38;
      if (vErrors !== null) {
        if (_errs38) {
          vErrors.length = _errs38;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.template !== void 0) {
        if (data.template !== null) {
          vErrors = appendError(vErrors, instancePath + "/template", "#/allOf/2/then/properties/template/type", "type", { type: "null" });
          errors++;
        }
      }
      if (data.interactive !== void 0) {
        if (data.interactive !== null) {
          vErrors = appendError(vErrors, instancePath + "/interactive", "#/allOf/2/then/properties/interactive/type", "type", { type: "null" });
          errors++;
        }
      }
      if (data.location !== void 0) {
        if (data.location !== null) {
          vErrors = appendError(vErrors, instancePath + "/location", "#/allOf/2/then/properties/location/type", "type", { type: "null" });
          errors++;
        }
      }
    }
    var _valid2 = _errs37 === errors;
    valid10 = _valid2;
    if (valid10) {
    }
  }
  if (!valid10) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/2/if", "if", { failingKeyword: "then" });
    errors++;
  }
  const _errs52 = errors;
  let valid16 = true;
  const _errs53 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.type === void 0 && (missing2 = "type")) {
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("whatsapp" !== data.type) {
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs53 === errors;
  errors = _errs52;
  if (vErrors !== null) {
    if (_errs52) {
      vErrors.length = _errs52;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs55 = errors;
    const _errs56 = errors;
    let valid18 = false;
    const _errs57 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.text === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/3/then/anyOf/0/required", "required", { missingProperty: "text" });
        errors++;
      }
      if (data.text !== void 0) {
        if (typeof data.text !== "string") {
          vErrors = appendError(vErrors, instancePath + "/text", "#/allOf/3/then/anyOf/0/properties/text/type", "type", { type: "string" });
          errors++;
        }
      }
    }
    var _valid5 = _errs57 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
    }
    const _errs60 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_urls === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/3/then/anyOf/1/required", "required", { missingProperty: "media_urls" });
        errors++;
      }
      if (data.media_urls !== void 0) {
        let data18 = data.media_urls;
        if (!Array.isArray(data18) && typeof data18 !== "string") {
          vErrors = appendError(vErrors, instancePath + "/media_urls", "#/allOf/3/then/anyOf/1/properties/media_urls/type", "type", { type: schema19.allOf[3].then.anyOf[1].properties.media_urls.type });
          errors++;
        }
      }
    }
    var _valid5 = _errs60 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
    }
    const _errs63 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_ids === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/3/then/anyOf/2/required", "required", { missingProperty: "media_ids" });
        errors++;
      }
      if (data.media_ids !== void 0) {
        if (!Array.isArray(data.media_ids)) {
          vErrors = appendError(vErrors, instancePath + "/media_ids", "#/allOf/3/then/anyOf/2/properties/media_ids/type", "type", { type: "array" });
          errors++;
        }
      }
    }
    var _valid5 = _errs63 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
    }
    const _errs66 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.template === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/3/then/anyOf/3/required", "required", { missingProperty: "template" });
        errors++;
      }
      if (data.template !== void 0) {
        let data20 = data.template;
        if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
          vErrors = appendError(vErrors, instancePath + "/template", "#/allOf/3/then/anyOf/3/properties/template/type", "type", { type: "object" });
          errors++;
        }
      }
    }
    var _valid5 = _errs66 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
    }
    const _errs69 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.interactive === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/3/then/anyOf/4/required", "required", { missingProperty: "interactive" });
        errors++;
      }
      if (data.interactive !== void 0) {
        let data21 = data.interactive;
        if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
          vErrors = appendError(vErrors, instancePath + "/interactive", "#/allOf/3/then/anyOf/4/properties/interactive/type", "type", { type: "object" });
          errors++;
        }
      }
    }
    var _valid5 = _errs69 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
    }
    const _errs72 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.location === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/3/then/anyOf/5/required", "required", { missingProperty: "location" });
        errors++;
      }
      if (data.location !== void 0) {
        let data22 = data.location;
        if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
          vErrors = appendError(vErrors, instancePath + "/location", "#/allOf/3/then/anyOf/5/properties/location/type", "type", { type: "object" });
          errors++;
        }
      }
    }
    var _valid5 = _errs72 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
    }
    if (!valid18) {
      vErrors = appendError(vErrors, instancePath, "#/allOf/3/then/anyOf", "anyOf", {});
      errors++;
    } else {
      errors = _errs56;
      if (vErrors !== null) {
        if (_errs56) {
          vErrors.length = _errs56;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.src === void 0) {
        vErrors = appendError(vErrors, instancePath, "#/allOf/3/then/required", "required", { missingProperty: "src" });
        errors++;
      }
      if (data.src !== void 0) {
        if (typeof data.src !== "string") {
          vErrors = appendError(vErrors, instancePath + "/src", "#/allOf/3/then/properties/src/type", "type", { type: "string" });
          errors++;
        }
      }
      if (data.text !== void 0) {
        let data24 = data.text;
        if (typeof data24 === "string") {
          if (data24.length > 4096 && func1(data24) > 4096) {
            vErrors = appendError(vErrors, instancePath + "/text", "#/allOf/3/then/properties/text/maxLength", "maxLength", { limit: 4096 });
            errors++;
          }
        }
      }
      if (data.media_urls !== void 0) {
        let data25 = data.media_urls;
        if (typeof data25 === "string") {
          if (!pattern3.test(data25)) {
            vErrors = appendError(vErrors, instancePath + "/media_urls", "#/allOf/3/then/properties/media_urls/pattern", "pattern", { pattern: "^[^,]+$" });
            errors++;
          }
        }
        if (Array.isArray(data25)) {
          if (data25.length > 1) {
            vErrors = appendError(vErrors, instancePath + "/media_urls", "#/allOf/3/then/properties/media_urls/maxItems", "maxItems", { limit: 1 });
            errors++;
          }
        }
      }
      if (data.media_ids !== void 0) {
        let data26 = data.media_ids;
        if (Array.isArray(data26)) {
          if (data26.length > 1) {
            vErrors = appendError(vErrors, instancePath + "/media_ids", "#/allOf/3/then/properties/media_ids/maxItems", "maxItems", { limit: 1 });
            errors++;
          }
        }
      }
    }
    var _valid4 = _errs55 === errors;
    valid16 = _valid4;
    if (valid16) {
    }
  }
  if (!valid16) {
    vErrors = appendError(vErrors, instancePath, "#/allOf/3/if", "if", { failingKeyword: "then" });
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.dst === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "dst" });
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema19.properties, key0)) {
        vErrors = appendError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 });
        errors++;
      }
    }
    if (data.src !== void 0) {
      let data27 = data.src;
      if (typeof data27 !== "string" && data27 !== null) {
        vErrors = appendError(vErrors, instancePath + "/src", "#/properties/src/type", "type", { type: schema19.properties.src.type });
        errors++;
      }
      if (typeof data27 === "string") {
        if (data27.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/src", "#/properties/src/minLength", "minLength", { limit: 1 });
          errors++;
        }
      }
    }
    if (data.powerpack_uuid !== void 0) {
      let data28 = data.powerpack_uuid;
      if (typeof data28 !== "string" && data28 !== null) {
        vErrors = appendError(vErrors, instancePath + "/powerpack_uuid", "#/properties/powerpack_uuid/type", "type", { type: schema19.properties.powerpack_uuid.type });
        errors++;
      }
      if (typeof data28 === "string") {
        if (data28.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/powerpack_uuid", "#/properties/powerpack_uuid/minLength", "minLength", { limit: 1 });
          errors++;
        }
      }
    }
    if (data.powerpackUUID !== void 0) {
      let data29 = data.powerpackUUID;
      if (typeof data29 !== "string" && data29 !== null) {
        vErrors = appendError(vErrors, instancePath + "/powerpackUUID", "#/properties/powerpackUUID/type", "type", { type: schema19.properties.powerpackUUID.type });
        errors++;
      }
    }
    if (data.dst !== void 0) {
      let data30 = data.dst;
      if (typeof data30 === "string") {
        if (data30.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/dst", "#/properties/dst/minLength", "minLength", { limit: 1 });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/dst", "#/properties/dst/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.text !== void 0) {
      let data31 = data.text;
      if (typeof data31 !== "string" && data31 !== null) {
        vErrors = appendError(vErrors, instancePath + "/text", "#/properties/text/type", "type", { type: schema19.properties.text.type });
        errors++;
      }
      if (typeof data31 === "string") {
        if (data31.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/text", "#/properties/text/minLength", "minLength", { limit: 1 });
          errors++;
        }
      }
    }
    if (data.type !== void 0) {
      let data32 = data.type;
      if (typeof data32 !== "string" && data32 !== null) {
        vErrors = appendError(vErrors, instancePath + "/type", "#/properties/type/type", "type", { type: schema19.properties.type.type });
        errors++;
      }
      if (!(data32 === "sms" || data32 === "mms" || data32 === "whatsapp" || data32 === null)) {
        vErrors = appendError(vErrors, instancePath + "/type", "#/properties/type/enum", "enum", { allowedValues: schema19.properties.type.enum });
        errors++;
      }
    }
    if (data.media_urls !== void 0) {
      let data33 = data.media_urls;
      if (!Array.isArray(data33) && typeof data33 !== "string" && data33 !== null) {
        vErrors = appendError(vErrors, instancePath + "/media_urls", "#/properties/media_urls/type", "type", { type: schema19.properties.media_urls.type });
        errors++;
      }
      if (typeof data33 === "string") {
        if (!pattern4.test(data33)) {
          vErrors = appendError(vErrors, instancePath + "/media_urls", "#/properties/media_urls/pattern", "pattern", { pattern: "^\\s*(?:https?|HTTPS?)://[^\\s,]+(?:\\s*,\\s*(?:https?|HTTPS?)://[^\\s,]+)*\\s*$" });
          errors++;
        }
      }
      if (Array.isArray(data33)) {
        if (data33.length > 10) {
          vErrors = appendError(vErrors, instancePath + "/media_urls", "#/properties/media_urls/maxItems", "maxItems", { limit: 10 });
          errors++;
        }
        if (data33.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/media_urls", "#/properties/media_urls/minItems", "minItems", { limit: 1 });
          errors++;
        }
        const len0 = data33.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data34 = data33[i0];
          if (typeof data34 === "string") {
            if (!pattern5.test(data34)) {
              vErrors = appendError(vErrors, instancePath + "/media_urls/" + i0, "#/properties/media_urls/items/pattern", "pattern", { pattern: "^(?:https?|HTTPS?)://" });
              errors++;
            }
            if (!formats0(data34)) {
              vErrors = appendError(vErrors, instancePath + "/media_urls/" + i0, "#/properties/media_urls/items/format", "format", { format: "uri" });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, instancePath + "/media_urls/" + i0, "#/properties/media_urls/items/type", "type", { type: "string" });
            errors++;
          }
        }
      }
    }
    if (data.media_ids !== void 0) {
      let data35 = data.media_ids;
      if (!Array.isArray(data35) && data35 !== null) {
        vErrors = appendError(vErrors, instancePath + "/media_ids", "#/properties/media_ids/type", "type", { type: schema19.properties.media_ids.type });
        errors++;
      }
      if (Array.isArray(data35)) {
        if (data35.length > 10) {
          vErrors = appendError(vErrors, instancePath + "/media_ids", "#/properties/media_ids/maxItems", "maxItems", { limit: 10 });
          errors++;
        }
        if (data35.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/media_ids", "#/properties/media_ids/minItems", "minItems", { limit: 1 });
          errors++;
        }
        const len1 = data35.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data36 = data35[i1];
          if (typeof data36 === "string") {
            if (data36.length < 1) {
              vErrors = appendError(vErrors, instancePath + "/media_ids/" + i1, "#/properties/media_ids/items/minLength", "minLength", { limit: 1 });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, instancePath + "/media_ids/" + i1, "#/properties/media_ids/items/type", "type", { type: "string" });
            errors++;
          }
        }
      }
    }
    if (data.url !== void 0) {
      let data37 = data.url;
      if (typeof data37 !== "string" && data37 !== null) {
        vErrors = appendError(vErrors, instancePath + "/url", "#/properties/url/type", "type", { type: schema19.properties.url.type });
        errors++;
      }
      if (typeof data37 === "string") {
        if (!pattern5.test(data37)) {
          vErrors = appendError(vErrors, instancePath + "/url", "#/properties/url/pattern", "pattern", { pattern: "^(?:https?|HTTPS?)://" });
          errors++;
        }
        if (!formats0(data37)) {
          vErrors = appendError(vErrors, instancePath + "/url", "#/properties/url/format", "format", { format: "uri" });
          errors++;
        }
      }
    }
    if (data.method !== void 0) {
      let data38 = data.method;
      if (typeof data38 !== "string" && data38 !== null) {
        vErrors = appendError(vErrors, instancePath + "/method", "#/properties/method/type", "type", { type: schema19.properties.method.type });
        errors++;
      }
      if (!(data38 === "GET" || data38 === "POST" || data38 === null)) {
        vErrors = appendError(vErrors, instancePath + "/method", "#/properties/method/enum", "enum", { allowedValues: schema19.properties.method.enum });
        errors++;
      }
    }
    if (data.log !== void 0) {
      let data39 = data.log;
      if (typeof data39 !== "boolean" && typeof data39 !== "string" && data39 !== null) {
        vErrors = appendError(vErrors, instancePath + "/log", "#/properties/log/type", "type", { type: schema19.properties.log.type });
        errors++;
      }
      if (!(data39 === true || data39 === false || data39 === "true" || data39 === "false" || data39 === "content_only" || data39 === "number_only" || data39 === "" || data39 === null)) {
        vErrors = appendError(vErrors, instancePath + "/log", "#/properties/log/enum", "enum", { allowedValues: schema19.properties.log.enum });
        errors++;
      }
    }
    if (data.trackable !== void 0) {
      let data40 = data.trackable;
      if (typeof data40 !== "boolean" && typeof data40 !== "string" && data40 !== null) {
        vErrors = appendError(vErrors, instancePath + "/trackable", "#/properties/trackable/type", "type", { type: schema19.properties.trackable.type });
        errors++;
      }
      if (!(data40 === true || data40 === false || data40 === "true" || data40 === "false" || data40 === null)) {
        vErrors = appendError(vErrors, instancePath + "/trackable", "#/properties/trackable/enum", "enum", { allowedValues: schema19.properties.trackable.enum });
        errors++;
      }
    }
    if (data.message_expiry !== void 0) {
      let data41 = data.message_expiry;
      if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41)) && typeof data41 !== "string" && data41 !== null) {
        vErrors = appendError(vErrors, instancePath + "/message_expiry", "#/properties/message_expiry/type", "type", { type: schema19.properties.message_expiry.type });
        errors++;
      }
      if (typeof data41 == "number" && isFinite(data41)) {
        if (data41 > 10800 || isNaN(data41)) {
          vErrors = appendError(vErrors, instancePath + "/message_expiry", "#/properties/message_expiry/maximum", "maximum", { comparison: "<=", limit: 10800 });
          errors++;
        }
        if (data41 < 5 || isNaN(data41)) {
          vErrors = appendError(vErrors, instancePath + "/message_expiry", "#/properties/message_expiry/minimum", "minimum", { comparison: ">=", limit: 5 });
          errors++;
        }
      }
      if (typeof data41 === "string") {
        if (!pattern7.test(data41)) {
          vErrors = appendError(vErrors, instancePath + "/message_expiry", "#/properties/message_expiry/pattern", "pattern", { pattern: "^(?:[5-9]|[1-9][0-9]{1,3}|10[0-7][0-9]{2}|10800)$" });
          errors++;
        }
      }
    }
    if (data.template !== void 0) {
      let data42 = data.template;
      const _errs112 = errors;
      let valid31 = false;
      let passing0 = null;
      const _errs113 = errors;
      if (!validate53(data42, instancePath + "/template")) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs113 === errors;
      if (_valid6) {
        valid31 = true;
        passing0 = 0;
      }
      const _errs114 = errors;
      if (data42 !== null) {
        vErrors = appendError(vErrors, instancePath + "/template", "#/properties/template/oneOf/1/type", "type", { type: "null" });
        errors++;
      }
      var _valid6 = _errs114 === errors;
      if (_valid6 && valid31) {
        valid31 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid6) {
          valid31 = true;
          passing0 = 1;
        }
      }
      if (!valid31) {
        vErrors = appendError(vErrors, instancePath + "/template", "#/properties/template/oneOf", "oneOf", { passingSchemas: passing0 });
        errors++;
      } else {
        errors = _errs112;
        if (vErrors !== null) {
          if (_errs112) {
            vErrors.length = _errs112;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.interactive !== void 0) {
      let data43 = data.interactive;
      const _errs117 = errors;
      let valid32 = false;
      let passing1 = null;
      const _errs118 = errors;
      if (!validate61(data43, instancePath + "/interactive")) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
      var _valid7 = _errs118 === errors;
      if (_valid7) {
        valid32 = true;
        passing1 = 0;
      }
      const _errs119 = errors;
      if (data43 !== null) {
        vErrors = appendError(vErrors, instancePath + "/interactive", "#/properties/interactive/oneOf/1/type", "type", { type: "null" });
        errors++;
      }
      var _valid7 = _errs119 === errors;
      if (_valid7 && valid32) {
        valid32 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid7) {
          valid32 = true;
          passing1 = 1;
        }
      }
      if (!valid32) {
        vErrors = appendError(vErrors, instancePath + "/interactive", "#/properties/interactive/oneOf", "oneOf", { passingSchemas: passing1 });
        errors++;
      } else {
        errors = _errs117;
        if (vErrors !== null) {
          if (_errs117) {
            vErrors.length = _errs117;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.location !== void 0) {
      let data44 = data.location;
      const _errs122 = errors;
      let valid33 = false;
      let passing2 = null;
      const _errs123 = errors;
      if (!validate56(data44, instancePath + "/location")) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
      var _valid8 = _errs123 === errors;
      if (_valid8) {
        valid33 = true;
        passing2 = 0;
      }
      const _errs124 = errors;
      if (data44 !== null) {
        vErrors = appendError(vErrors, instancePath + "/location", "#/properties/location/oneOf/1/type", "type", { type: "null" });
        errors++;
      }
      var _valid8 = _errs124 === errors;
      if (_valid8 && valid33) {
        valid33 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid8) {
          valid33 = true;
          passing2 = 1;
        }
      }
      if (!valid33) {
        vErrors = appendError(vErrors, instancePath + "/location", "#/properties/location/oneOf", "oneOf", { passingSchemas: passing2 });
        errors++;
      } else {
        errors = _errs122;
        if (vErrors !== null) {
          if (_errs122) {
            vErrors.length = _errs122;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.dlt_entity_id !== void 0) {
      let data45 = data.dlt_entity_id;
      if (typeof data45 !== "string" && data45 !== null) {
        vErrors = appendError(vErrors, instancePath + "/dlt_entity_id", "#/properties/dlt_entity_id/type", "type", { type: schema19.properties.dlt_entity_id.type });
        errors++;
      }
      if (typeof data45 === "string") {
        if (data45.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/dlt_entity_id", "#/properties/dlt_entity_id/minLength", "minLength", { limit: 1 });
          errors++;
        }
      }
    }
    if (data.dlt_template_id !== void 0) {
      let data46 = data.dlt_template_id;
      if (typeof data46 !== "string" && data46 !== null) {
        vErrors = appendError(vErrors, instancePath + "/dlt_template_id", "#/properties/dlt_template_id/type", "type", { type: schema19.properties.dlt_template_id.type });
        errors++;
      }
      if (typeof data46 === "string") {
        if (data46.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/dlt_template_id", "#/properties/dlt_template_id/minLength", "minLength", { limit: 1 });
          errors++;
        }
      }
    }
    if (data.dlt_template_category !== void 0) {
      let data47 = data.dlt_template_category;
      if (typeof data47 !== "string" && data47 !== null) {
        vErrors = appendError(vErrors, instancePath + "/dlt_template_category", "#/properties/dlt_template_category/type", "type", { type: schema19.properties.dlt_template_category.type });
        errors++;
      }
      if (!(data47 === "transactional" || data47 === "promotional" || data47 === "service_implicit" || data47 === "service_explicit" || data47 === null)) {
        vErrors = appendError(vErrors, instancePath + "/dlt_template_category", "#/properties/dlt_template_category/enum", "enum", { allowedValues: schema19.properties.dlt_template_category.enum });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
const isWhatsAppTemplate = validate53;
const isWhatsAppInteractive = validate61;
const isWhatsAppLocation = validate56;
const isSendMessageResponse = validate64;
function validate64(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.api_id === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "api_id" });
      errors++;
    }
    if (data.message === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "message" });
      errors++;
    }
    if (data.message_uuid === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "message_uuid" });
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        vErrors = appendError(vErrors, instancePath + "/api_id", "#/properties/api_id/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        vErrors = appendError(vErrors, instancePath + "/message", "#/properties/message/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.message_uuid !== void 0) {
      let data2 = data.message_uuid;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            vErrors = appendError(vErrors, instancePath + "/message_uuid/" + i0, "#/properties/message_uuid/items/type", "type", { type: "string" });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/message_uuid", "#/properties/message_uuid/type", "type", { type: "array" });
        errors++;
      }
    }
    if (data.invalid_number !== void 0) {
      let data4 = data.invalid_number;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data4[i1] !== "string") {
            vErrors = appendError(vErrors, instancePath + "/invalid_number/" + i1, "#/properties/invalid_number/items/type", "type", { type: "string" });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/invalid_number", "#/properties/invalid_number/type", "type", { type: "array" });
        errors++;
      }
    }
    if (data.error !== void 0) {
      if (typeof data.error !== "string") {
        vErrors = appendError(vErrors, instancePath + "/error", "#/properties/error/type", "type", { type: "string" });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
const isMessage = validate65;
const schema26 = {"properties":{"message_time":{"type":["string","null"]},"message_sent_time":{"type":["string","null"]},"message_updated_time":{"type":["string","null"]},"message_direction":{"enum":["inbound","outbound"]},"from_number":{"type":["string","null"]},"to_number":{"type":["string","null"]},"units":{"type":["integer","null"]},"total_rate":{"type":["string","null"]},"total_amount":{"type":["string","null"]},"error_code":{"type":["string","null"]},"error_message":{"type":["string","null"]},"resource_uri":{"type":["string","null"]},"powerpack_id":{"type":["string","null"]},"requester_ip":{"type":["string","null"]},"replaced_sender":{"type":["string","null"]},"is_domestic":{"type":["boolean","null"]},"destination_country_iso2":{"type":["string","null"]},"destination_network":{"type":["string","null"]},"carrier_fees":{"type":["string","null"]},"carrier_fees_rate":{"type":["string","null"]},"tendlc_campaign_id":{"type":["string","null"]},"tendlc_registration_status":{"type":["string","null"]},"dlt_entity_id":{"type":["string","null"]},"dlt_template_id":{"type":["string","null"]},"dlt_template_category":{"type":["string","null"]},"conversation_id":{"type":["string","null"]},"conversation_expiration_timestamp":{"type":["string","null"]},"log":{"type":["string","null"]},"cloud_rate":{"type":["string","null"]},"carrier_rate":{"type":["string","null"]}}};
const schema27 = {"enum":["queued","sent","failed","delivered","undelivered","read","rejected","received","deleted"]};
function validate66(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "string" });
    errors++;
  }
  if (!(data === "queued" || data === "sent" || data === "failed" || data === "delivered" || data === "undelivered" || data === "read" || data === "rejected" || data === "received" || data === "deleted")) {
    vErrors = appendError(vErrors, instancePath, "#/enum", "enum", { allowedValues: schema27.enum });
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
const schema28 = {"enum":["sms","mms","whatsapp"]};
function validate68(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "string" });
    errors++;
  }
  if (!(data === "sms" || data === "mms" || data === "whatsapp")) {
    vErrors = appendError(vErrors, instancePath, "#/enum", "enum", { allowedValues: schema28.enum });
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
const schema29 = {"enum":["service","utility","authentication","marketing"]};
function validate70(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "string" });
    errors++;
  }
  if (!(data === "service" || data === "utility" || data === "authentication" || data === "marketing")) {
    vErrors = appendError(vErrors, instancePath, "#/enum", "enum", { allowedValues: schema29.enum });
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
function validate65(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_uuid === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "message_uuid" });
      errors++;
    }
    if (data.message_direction === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "message_direction" });
      errors++;
    }
    if (data.message_state === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "message_state" });
      errors++;
    }
    if (data.message_type === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "message_type" });
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        vErrors = appendError(vErrors, instancePath + "/api_id", "#/properties/api_id/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.message_uuid !== void 0) {
      if (typeof data.message_uuid !== "string") {
        vErrors = appendError(vErrors, instancePath + "/message_uuid", "#/properties/message_uuid/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.message_time !== void 0) {
      let data2 = data.message_time;
      if (typeof data2 !== "string" && data2 !== null) {
        vErrors = appendError(vErrors, instancePath + "/message_time", "#/properties/message_time/type", "type", { type: schema26.properties.message_time.type });
        errors++;
      }
    }
    if (data.message_sent_time !== void 0) {
      let data3 = data.message_sent_time;
      if (typeof data3 !== "string" && data3 !== null) {
        vErrors = appendError(vErrors, instancePath + "/message_sent_time", "#/properties/message_sent_time/type", "type", { type: schema26.properties.message_sent_time.type });
        errors++;
      }
    }
    if (data.message_updated_time !== void 0) {
      let data4 = data.message_updated_time;
      if (typeof data4 !== "string" && data4 !== null) {
        vErrors = appendError(vErrors, instancePath + "/message_updated_time", "#/properties/message_updated_time/type", "type", { type: schema26.properties.message_updated_time.type });
        errors++;
      }
    }
    if (data.message_direction !== void 0) {
      let data5 = data.message_direction;
      if (typeof data5 !== "string") {
        vErrors = appendError(vErrors, instancePath + "/message_direction", "#/properties/message_direction/type", "type", { type: "string" });
        errors++;
      }
      if (!(data5 === "inbound" || data5 === "outbound")) {
        vErrors = appendError(vErrors, instancePath + "/message_direction", "#/properties/message_direction/enum", "enum", { allowedValues: schema26.properties.message_direction.enum });
        errors++;
      }
    }
    if (data.message_state !== void 0) {
      if (!validate66(data.message_state, instancePath + "/message_state")) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_type !== void 0) {
      if (!validate68(data.message_type, instancePath + "/message_type")) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.from_number !== void 0) {
      let data8 = data.from_number;
      if (typeof data8 !== "string" && data8 !== null) {
        vErrors = appendError(vErrors, instancePath + "/from_number", "#/properties/from_number/type", "type", { type: schema26.properties.from_number.type });
        errors++;
      }
    }
    if (data.to_number !== void 0) {
      let data9 = data.to_number;
      if (typeof data9 !== "string" && data9 !== null) {
        vErrors = appendError(vErrors, instancePath + "/to_number", "#/properties/to_number/type", "type", { type: schema26.properties.to_number.type });
        errors++;
      }
    }
    if (data.units !== void 0) {
      let data10 = data.units;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10)) && data10 !== null) {
        vErrors = appendError(vErrors, instancePath + "/units", "#/properties/units/type", "type", { type: schema26.properties.units.type });
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 0 || isNaN(data10)) {
          vErrors = appendError(vErrors, instancePath + "/units", "#/properties/units/minimum", "minimum", { comparison: ">=", limit: 0 });
          errors++;
        }
      }
    }
    if (data.total_rate !== void 0) {
      let data11 = data.total_rate;
      if (typeof data11 !== "string" && data11 !== null) {
        vErrors = appendError(vErrors, instancePath + "/total_rate", "#/properties/total_rate/type", "type", { type: schema26.properties.total_rate.type });
        errors++;
      }
    }
    if (data.total_amount !== void 0) {
      let data12 = data.total_amount;
      if (typeof data12 !== "string" && data12 !== null) {
        vErrors = appendError(vErrors, instancePath + "/total_amount", "#/properties/total_amount/type", "type", { type: schema26.properties.total_amount.type });
        errors++;
      }
    }
    if (data.error_code !== void 0) {
      let data13 = data.error_code;
      if (typeof data13 !== "string" && data13 !== null) {
        vErrors = appendError(vErrors, instancePath + "/error_code", "#/properties/error_code/type", "type", { type: schema26.properties.error_code.type });
        errors++;
      }
    }
    if (data.error_message !== void 0) {
      let data14 = data.error_message;
      if (typeof data14 !== "string" && data14 !== null) {
        vErrors = appendError(vErrors, instancePath + "/error_message", "#/properties/error_message/type", "type", { type: schema26.properties.error_message.type });
        errors++;
      }
    }
    if (data.resource_uri !== void 0) {
      let data15 = data.resource_uri;
      if (typeof data15 !== "string" && data15 !== null) {
        vErrors = appendError(vErrors, instancePath + "/resource_uri", "#/properties/resource_uri/type", "type", { type: schema26.properties.resource_uri.type });
        errors++;
      }
    }
    if (data.powerpack_id !== void 0) {
      let data16 = data.powerpack_id;
      if (typeof data16 !== "string" && data16 !== null) {
        vErrors = appendError(vErrors, instancePath + "/powerpack_id", "#/properties/powerpack_id/type", "type", { type: schema26.properties.powerpack_id.type });
        errors++;
      }
    }
    if (data.requester_ip !== void 0) {
      let data17 = data.requester_ip;
      if (typeof data17 !== "string" && data17 !== null) {
        vErrors = appendError(vErrors, instancePath + "/requester_ip", "#/properties/requester_ip/type", "type", { type: schema26.properties.requester_ip.type });
        errors++;
      }
    }
    if (data.replaced_sender !== void 0) {
      let data18 = data.replaced_sender;
      if (typeof data18 !== "string" && data18 !== null) {
        vErrors = appendError(vErrors, instancePath + "/replaced_sender", "#/properties/replaced_sender/type", "type", { type: schema26.properties.replaced_sender.type });
        errors++;
      }
    }
    if (data.is_domestic !== void 0) {
      let data19 = data.is_domestic;
      if (typeof data19 !== "boolean" && data19 !== null) {
        vErrors = appendError(vErrors, instancePath + "/is_domestic", "#/properties/is_domestic/type", "type", { type: schema26.properties.is_domestic.type });
        errors++;
      }
    }
    if (data.destination_country_iso2 !== void 0) {
      let data20 = data.destination_country_iso2;
      if (typeof data20 !== "string" && data20 !== null) {
        vErrors = appendError(vErrors, instancePath + "/destination_country_iso2", "#/properties/destination_country_iso2/type", "type", { type: schema26.properties.destination_country_iso2.type });
        errors++;
      }
    }
    if (data.destination_network !== void 0) {
      let data21 = data.destination_network;
      if (typeof data21 !== "string" && data21 !== null) {
        vErrors = appendError(vErrors, instancePath + "/destination_network", "#/properties/destination_network/type", "type", { type: schema26.properties.destination_network.type });
        errors++;
      }
    }
    if (data.carrier_fees !== void 0) {
      let data22 = data.carrier_fees;
      if (typeof data22 !== "string" && data22 !== null) {
        vErrors = appendError(vErrors, instancePath + "/carrier_fees", "#/properties/carrier_fees/type", "type", { type: schema26.properties.carrier_fees.type });
        errors++;
      }
    }
    if (data.carrier_fees_rate !== void 0) {
      let data23 = data.carrier_fees_rate;
      if (typeof data23 !== "string" && data23 !== null) {
        vErrors = appendError(vErrors, instancePath + "/carrier_fees_rate", "#/properties/carrier_fees_rate/type", "type", { type: schema26.properties.carrier_fees_rate.type });
        errors++;
      }
    }
    if (data.tendlc_campaign_id !== void 0) {
      let data24 = data.tendlc_campaign_id;
      if (typeof data24 !== "string" && data24 !== null) {
        vErrors = appendError(vErrors, instancePath + "/tendlc_campaign_id", "#/properties/tendlc_campaign_id/type", "type", { type: schema26.properties.tendlc_campaign_id.type });
        errors++;
      }
    }
    if (data.tendlc_registration_status !== void 0) {
      let data25 = data.tendlc_registration_status;
      if (typeof data25 !== "string" && data25 !== null) {
        vErrors = appendError(vErrors, instancePath + "/tendlc_registration_status", "#/properties/tendlc_registration_status/type", "type", { type: schema26.properties.tendlc_registration_status.type });
        errors++;
      }
    }
    if (data.dlt_entity_id !== void 0) {
      let data26 = data.dlt_entity_id;
      if (typeof data26 !== "string" && data26 !== null) {
        vErrors = appendError(vErrors, instancePath + "/dlt_entity_id", "#/properties/dlt_entity_id/type", "type", { type: schema26.properties.dlt_entity_id.type });
        errors++;
      }
    }
    if (data.dlt_template_id !== void 0) {
      let data27 = data.dlt_template_id;
      if (typeof data27 !== "string" && data27 !== null) {
        vErrors = appendError(vErrors, instancePath + "/dlt_template_id", "#/properties/dlt_template_id/type", "type", { type: schema26.properties.dlt_template_id.type });
        errors++;
      }
    }
    if (data.dlt_template_category !== void 0) {
      let data28 = data.dlt_template_category;
      if (typeof data28 !== "string" && data28 !== null) {
        vErrors = appendError(vErrors, instancePath + "/dlt_template_category", "#/properties/dlt_template_category/type", "type", { type: schema26.properties.dlt_template_category.type });
        errors++;
      }
    }
    if (data.conversation_id !== void 0) {
      let data29 = data.conversation_id;
      if (typeof data29 !== "string" && data29 !== null) {
        vErrors = appendError(vErrors, instancePath + "/conversation_id", "#/properties/conversation_id/type", "type", { type: schema26.properties.conversation_id.type });
        errors++;
      }
    }
    if (data.conversation_origin !== void 0) {
      let data30 = data.conversation_origin;
      const _errs60 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs61 = errors;
      if (!validate70(data30, instancePath + "/conversation_origin")) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs61 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs62 = errors;
      if (data30 !== null) {
        vErrors = appendError(vErrors, instancePath + "/conversation_origin", "#/properties/conversation_origin/oneOf/1/type", "type", { type: "null" });
        errors++;
      }
      var _valid0 = _errs62 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
        const _errs64 = errors;
        if ("" !== data30) {
          vErrors = appendError(vErrors, instancePath + "/conversation_origin", "#/properties/conversation_origin/oneOf/2/const", "const", { allowedValue: "" });
          errors++;
        }
        var _valid0 = _errs64 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 2;
          }
        }
      }
      if (!valid1) {
        vErrors = appendError(vErrors, instancePath + "/conversation_origin", "#/properties/conversation_origin/oneOf", "oneOf", { passingSchemas: passing0 });
        errors++;
      } else {
        errors = _errs60;
        if (vErrors !== null) {
          if (_errs60) {
            vErrors.length = _errs60;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.conversation_expiration_timestamp !== void 0) {
      let data31 = data.conversation_expiration_timestamp;
      if (typeof data31 !== "string" && data31 !== null) {
        vErrors = appendError(vErrors, instancePath + "/conversation_expiration_timestamp", "#/properties/conversation_expiration_timestamp/type", "type", { type: schema26.properties.conversation_expiration_timestamp.type });
        errors++;
      }
    }
    if (data.log !== void 0) {
      let data32 = data.log;
      if (typeof data32 !== "string" && data32 !== null) {
        vErrors = appendError(vErrors, instancePath + "/log", "#/properties/log/type", "type", { type: schema26.properties.log.type });
        errors++;
      }
    }
    if (data.cloud_rate !== void 0) {
      let data33 = data.cloud_rate;
      if (typeof data33 !== "string" && data33 !== null) {
        vErrors = appendError(vErrors, instancePath + "/cloud_rate", "#/properties/cloud_rate/type", "type", { type: schema26.properties.cloud_rate.type });
        errors++;
      }
    }
    if (data.carrier_rate !== void 0) {
      let data34 = data.carrier_rate;
      if (typeof data34 !== "string" && data34 !== null) {
        vErrors = appendError(vErrors, instancePath + "/carrier_rate", "#/properties/carrier_rate/type", "type", { type: schema26.properties.carrier_rate.type });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
const isMessageList = validate72;
const schema30 = {"properties":{"meta":{"properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]}}}}};
function validate72(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.meta === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "meta" });
      errors++;
    }
    if (data.objects === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "objects" });
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        vErrors = appendError(vErrors, instancePath + "/api_id", "#/properties/api_id/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.meta !== void 0) {
      let data1 = data.meta;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.limit === void 0) {
          vErrors = appendError(vErrors, instancePath + "/meta", "#/properties/meta/required", "required", { missingProperty: "limit" });
          errors++;
        }
        if (data1.offset === void 0) {
          vErrors = appendError(vErrors, instancePath + "/meta", "#/properties/meta/required", "required", { missingProperty: "offset" });
          errors++;
        }
        if (data1.limit !== void 0) {
          let data2 = data1.limit;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            vErrors = appendError(vErrors, instancePath + "/meta/limit", "#/properties/meta/properties/limit/type", "type", { type: "integer" });
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 20 || isNaN(data2)) {
              vErrors = appendError(vErrors, instancePath + "/meta/limit", "#/properties/meta/properties/limit/maximum", "maximum", { comparison: "<=", limit: 20 });
              errors++;
            }
            if (data2 < 1 || isNaN(data2)) {
              vErrors = appendError(vErrors, instancePath + "/meta/limit", "#/properties/meta/properties/limit/minimum", "minimum", { comparison: ">=", limit: 1 });
              errors++;
            }
          }
        }
        if (data1.offset !== void 0) {
          let data3 = data1.offset;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
            vErrors = appendError(vErrors, instancePath + "/meta/offset", "#/properties/meta/properties/offset/type", "type", { type: "integer" });
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              vErrors = appendError(vErrors, instancePath + "/meta/offset", "#/properties/meta/properties/offset/minimum", "minimum", { comparison: ">=", limit: 0 });
              errors++;
            }
          }
        }
        if (data1.next !== void 0) {
          let data4 = data1.next;
          if (typeof data4 !== "string" && data4 !== null) {
            vErrors = appendError(vErrors, instancePath + "/meta/next", "#/properties/meta/properties/next/type", "type", { type: schema30.properties.meta.properties.next.type });
            errors++;
          }
        }
        if (data1.previous !== void 0) {
          let data5 = data1.previous;
          if (typeof data5 !== "string" && data5 !== null) {
            vErrors = appendError(vErrors, instancePath + "/meta/previous", "#/properties/meta/properties/previous/type", "type", { type: schema30.properties.meta.properties.previous.type });
            errors++;
          }
        }
        if (data1.total_count !== void 0) {
          let data6 = data1.total_count;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            vErrors = appendError(vErrors, instancePath + "/meta/total_count", "#/properties/meta/properties/total_count/type", "type", { type: "integer" });
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              vErrors = appendError(vErrors, instancePath + "/meta/total_count", "#/properties/meta/properties/total_count/minimum", "minimum", { comparison: ">=", limit: 0 });
              errors++;
            }
          }
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/meta", "#/properties/meta/type", "type", { type: "object" });
        errors++;
      }
    }
    if (data.objects !== void 0) {
      let data7 = data.objects;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate65(data7[i0], instancePath + "/objects/" + i0)) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/objects", "#/properties/objects/type", "type", { type: "array" });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
const isMessageMediaList = validate74;
const schema31 = {"properties":{"objects":{"items":{"properties":{"size":{"type":["integer","string"]},"file_name":{"type":["string","null"]},"upload_time":{"type":["string","null"]}}}}}};
function validate74(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.objects === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "objects" });
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        vErrors = appendError(vErrors, instancePath + "/api_id", "#/properties/api_id/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.message_uuid !== void 0) {
      if (typeof data.message_uuid !== "string") {
        vErrors = appendError(vErrors, instancePath + "/message_uuid", "#/properties/message_uuid/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.objects !== void 0) {
      let data2 = data.objects;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.media_id === void 0) {
              vErrors = appendError(vErrors, instancePath + "/objects/" + i0, "#/properties/objects/items/required", "required", { missingProperty: "media_id" });
              errors++;
            }
            if (data3.media_url === void 0) {
              vErrors = appendError(vErrors, instancePath + "/objects/" + i0, "#/properties/objects/items/required", "required", { missingProperty: "media_url" });
              errors++;
            }
            if (data3.content_type !== void 0) {
              if (typeof data3.content_type !== "string") {
                vErrors = appendError(vErrors, instancePath + "/objects/" + i0 + "/content_type", "#/properties/objects/items/properties/content_type/type", "type", { type: "string" });
                errors++;
              }
            }
            if (data3.media_id !== void 0) {
              if (typeof data3.media_id !== "string") {
                vErrors = appendError(vErrors, instancePath + "/objects/" + i0 + "/media_id", "#/properties/objects/items/properties/media_id/type", "type", { type: "string" });
                errors++;
              }
            }
            if (data3.media_url !== void 0) {
              if (typeof data3.media_url !== "string") {
                vErrors = appendError(vErrors, instancePath + "/objects/" + i0 + "/media_url", "#/properties/objects/items/properties/media_url/type", "type", { type: "string" });
                errors++;
              }
            }
            if (data3.message_uuid !== void 0) {
              if (typeof data3.message_uuid !== "string") {
                vErrors = appendError(vErrors, instancePath + "/objects/" + i0 + "/message_uuid", "#/properties/objects/items/properties/message_uuid/type", "type", { type: "string" });
                errors++;
              }
            }
            if (data3.size !== void 0) {
              let data8 = data3.size;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && typeof data8 !== "string") {
                vErrors = appendError(vErrors, instancePath + "/objects/" + i0 + "/size", "#/properties/objects/items/properties/size/type", "type", { type: schema31.properties.objects.items.properties.size.type });
                errors++;
              }
            }
            if (data3.file_name !== void 0) {
              let data9 = data3.file_name;
              if (typeof data9 !== "string" && data9 !== null) {
                vErrors = appendError(vErrors, instancePath + "/objects/" + i0 + "/file_name", "#/properties/objects/items/properties/file_name/type", "type", { type: schema31.properties.objects.items.properties.file_name.type });
                errors++;
              }
            }
            if (data3.upload_time !== void 0) {
              let data10 = data3.upload_time;
              if (typeof data10 !== "string" && data10 !== null) {
                vErrors = appendError(vErrors, instancePath + "/objects/" + i0 + "/upload_time", "#/properties/objects/items/properties/upload_time/type", "type", { type: schema31.properties.objects.items.properties.upload_time.type });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, instancePath + "/objects/" + i0, "#/properties/objects/items/type", "type", { type: "object" });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/objects", "#/properties/objects/type", "type", { type: "array" });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
const isErrorBody = validate75;
function validate75(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.error === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "error" });
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        vErrors = appendError(vErrors, instancePath + "/api_id", "#/properties/api_id/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data1 = data.error;
      const _errs4 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (typeof data1 !== "string") {
        vErrors = appendError(vErrors, instancePath + "/error", "#/properties/error/oneOf/0/type", "type", { type: "string" });
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
        vErrors = appendError(vErrors, instancePath + "/error", "#/properties/error/oneOf/1/type", "type", { type: "object" });
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        vErrors = appendError(vErrors, instancePath + "/error", "#/properties/error/oneOf", "oneOf", { passingSchemas: passing0 });
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
const isMessageStatusCallback = validate76;
const schema33 = {"properties":{"MessageUUID":0,"Status":0,"To":0,"From":0,"Type":0,"Units":0,"TotalRate":0,"TotalAmount":0,"MCC":0,"MNC":0,"ErrorCode":0,"ParentMessageUUID":0,"PartInfo":0,"Sequence":0,"MessageTime":0,"QueuedTime":0,"SentTime":0,"DeliveryReportTime":0,"requester_ip":0,"PowerpackUUID":0,"ConversationID":0,"ConversationOrigin":{"enum":["service","utility","authentication","marketing",""]},"ConversationExpirationTimestamp":0}};
const pattern12 = /* @__PURE__ */ new RegExp("^[0-9]*$", "u");
function validate76(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.MessageUUID === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "MessageUUID" });
      errors++;
    }
    if (data.Status === void 0) {
      vErrors = appendError(vErrors, instancePath, "#/required", "required", { missingProperty: "Status" });
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema33.properties, key0)) {
        if (typeof data[key0] !== "string") {
          const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.MessageUUID !== void 0) {
      let data1 = data.MessageUUID;
      if (typeof data1 === "string") {
        if (data1.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/MessageUUID", "#/properties/MessageUUID/minLength", "minLength", { limit: 1 });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/MessageUUID", "#/properties/MessageUUID/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.Status !== void 0) {
      if (!validate66(data.Status, instancePath + "/Status")) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.To !== void 0) {
      if (typeof data.To !== "string") {
        vErrors = appendError(vErrors, instancePath + "/To", "#/properties/To/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.From !== void 0) {
      if (typeof data.From !== "string") {
        vErrors = appendError(vErrors, instancePath + "/From", "#/properties/From/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.Type !== void 0) {
      if (!validate68(data.Type, instancePath + "/Type")) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.Units !== void 0) {
      let data6 = data.Units;
      if (typeof data6 === "string") {
        if (!pattern12.test(data6)) {
          vErrors = appendError(vErrors, instancePath + "/Units", "#/properties/Units/pattern", "pattern", { pattern: "^[0-9]*$" });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/Units", "#/properties/Units/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.TotalRate !== void 0) {
      if (typeof data.TotalRate !== "string") {
        vErrors = appendError(vErrors, instancePath + "/TotalRate", "#/properties/TotalRate/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.TotalAmount !== void 0) {
      if (typeof data.TotalAmount !== "string") {
        vErrors = appendError(vErrors, instancePath + "/TotalAmount", "#/properties/TotalAmount/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.MCC !== void 0) {
      if (typeof data.MCC !== "string") {
        vErrors = appendError(vErrors, instancePath + "/MCC", "#/properties/MCC/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.MNC !== void 0) {
      if (typeof data.MNC !== "string") {
        vErrors = appendError(vErrors, instancePath + "/MNC", "#/properties/MNC/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.ErrorCode !== void 0) {
      if (typeof data.ErrorCode !== "string") {
        vErrors = appendError(vErrors, instancePath + "/ErrorCode", "#/properties/ErrorCode/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.ParentMessageUUID !== void 0) {
      if (typeof data.ParentMessageUUID !== "string") {
        vErrors = appendError(vErrors, instancePath + "/ParentMessageUUID", "#/properties/ParentMessageUUID/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.PartInfo !== void 0) {
      if (typeof data.PartInfo !== "string") {
        vErrors = appendError(vErrors, instancePath + "/PartInfo", "#/properties/PartInfo/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.Sequence !== void 0) {
      let data14 = data.Sequence;
      if (typeof data14 === "string") {
        if (!pattern12.test(data14)) {
          vErrors = appendError(vErrors, instancePath + "/Sequence", "#/properties/Sequence/pattern", "pattern", { pattern: "^[0-9]*$" });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/Sequence", "#/properties/Sequence/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.MessageTime !== void 0) {
      if (typeof data.MessageTime !== "string") {
        vErrors = appendError(vErrors, instancePath + "/MessageTime", "#/properties/MessageTime/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.QueuedTime !== void 0) {
      if (typeof data.QueuedTime !== "string") {
        vErrors = appendError(vErrors, instancePath + "/QueuedTime", "#/properties/QueuedTime/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.SentTime !== void 0) {
      if (typeof data.SentTime !== "string") {
        vErrors = appendError(vErrors, instancePath + "/SentTime", "#/properties/SentTime/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.DeliveryReportTime !== void 0) {
      if (typeof data.DeliveryReportTime !== "string") {
        vErrors = appendError(vErrors, instancePath + "/DeliveryReportTime", "#/properties/DeliveryReportTime/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.requester_ip !== void 0) {
      if (typeof data.requester_ip !== "string") {
        vErrors = appendError(vErrors, instancePath + "/requester_ip", "#/properties/requester_ip/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.PowerpackUUID !== void 0) {
      if (typeof data.PowerpackUUID !== "string") {
        vErrors = appendError(vErrors, instancePath + "/PowerpackUUID", "#/properties/PowerpackUUID/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.ConversationID !== void 0) {
      if (typeof data.ConversationID !== "string") {
        vErrors = appendError(vErrors, instancePath + "/ConversationID", "#/properties/ConversationID/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.ConversationOrigin !== void 0) {
      let data22 = data.ConversationOrigin;
      if (typeof data22 !== "string") {
        vErrors = appendError(vErrors, instancePath + "/ConversationOrigin", "#/properties/ConversationOrigin/type", "type", { type: "string" });
        errors++;
      }
      if (!(data22 === "service" || data22 === "utility" || data22 === "authentication" || data22 === "marketing" || data22 === "")) {
        vErrors = appendError(vErrors, instancePath + "/ConversationOrigin", "#/properties/ConversationOrigin/enum", "enum", { allowedValues: schema33.properties.ConversationOrigin.enum });
        errors++;
      }
    }
    if (data.ConversationExpirationTimestamp !== void 0) {
      if (typeof data.ConversationExpirationTimestamp !== "string") {
        vErrors = appendError(vErrors, instancePath + "/ConversationExpirationTimestamp", "#/properties/ConversationExpirationTimestamp/type", "type", { type: "string" });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
const isListMessagesQuery = validate79;
const schema34 = {"properties":{"limit":0,"offset":0,"subaccount":0,"message_direction":{"enum":["inbound","outbound"]},"message_state":0,"message_type":0,"message_time":0,"message_time__gt":0,"message_time__gte":0,"message_time__lt":0,"message_time__lte":0,"error_code":{"type":["integer","string"]},"powerpack_id":0,"tendlc_campaign_id":0,"tendlc_registration_status":{"enum":["registered","unregistered"]},"destination_country_iso2":0,"conversation_id":0,"conversation_origin":0,"from_number":0,"to_number":0}};
const pattern14 = /* @__PURE__ */ new RegExp("^SA[A-Z0-9]{18}$", "u");
const pattern16 = /* @__PURE__ */ new RegExp("^[0-9]+$", "u");
const pattern17 = /* @__PURE__ */ new RegExp("^[A-Z]{2}$", "u");
const pattern15 = /* @__PURE__ */ new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?$", "u");
function validate82(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern15.test(data)) {
      vErrors = appendError(vErrors, instancePath, "#/pattern", "pattern", { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?$" });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "string" });
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
function validate79(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func3.call(schema34.properties, key0)) {
        vErrors = appendError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 });
        errors++;
      }
    }
    if (data.limit !== void 0) {
      let data0 = data.limit;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        vErrors = appendError(vErrors, instancePath + "/limit", "#/properties/limit/type", "type", { type: "integer" });
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 20 || isNaN(data0)) {
          vErrors = appendError(vErrors, instancePath + "/limit", "#/properties/limit/maximum", "maximum", { comparison: "<=", limit: 20 });
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          vErrors = appendError(vErrors, instancePath + "/limit", "#/properties/limit/minimum", "minimum", { comparison: ">=", limit: 1 });
          errors++;
        }
      }
    }
    if (data.offset !== void 0) {
      let data1 = data.offset;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        vErrors = appendError(vErrors, instancePath + "/offset", "#/properties/offset/type", "type", { type: "integer" });
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, instancePath + "/offset", "#/properties/offset/minimum", "minimum", { comparison: ">=", limit: 0 });
          errors++;
        }
      }
    }
    if (data.subaccount !== void 0) {
      let data2 = data.subaccount;
      if (typeof data2 === "string") {
        if (!pattern14.test(data2)) {
          vErrors = appendError(vErrors, instancePath + "/subaccount", "#/properties/subaccount/pattern", "pattern", { pattern: "^SA[A-Z0-9]{18}$" });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/subaccount", "#/properties/subaccount/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.message_direction !== void 0) {
      let data3 = data.message_direction;
      if (typeof data3 !== "string") {
        vErrors = appendError(vErrors, instancePath + "/message_direction", "#/properties/message_direction/type", "type", { type: "string" });
        errors++;
      }
      if (!(data3 === "inbound" || data3 === "outbound")) {
        vErrors = appendError(vErrors, instancePath + "/message_direction", "#/properties/message_direction/enum", "enum", { allowedValues: schema34.properties.message_direction.enum });
        errors++;
      }
    }
    if (data.message_state !== void 0) {
      if (!validate66(data.message_state, instancePath + "/message_state")) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_type !== void 0) {
      if (!validate68(data.message_type, instancePath + "/message_type")) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time !== void 0) {
      if (!validate82(data.message_time, instancePath + "/message_time")) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__gt !== void 0) {
      if (!validate82(data.message_time__gt, instancePath + "/message_time__gt")) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__gte !== void 0) {
      if (!validate82(data.message_time__gte, instancePath + "/message_time__gte")) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__lt !== void 0) {
      if (!validate82(data.message_time__lt, instancePath + "/message_time__lt")) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__lte !== void 0) {
      if (!validate82(data.message_time__lte, instancePath + "/message_time__lte")) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.error_code !== void 0) {
      let data11 = data.error_code;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11)) && typeof data11 !== "string") {
        vErrors = appendError(vErrors, instancePath + "/error_code", "#/properties/error_code/type", "type", { type: schema34.properties.error_code.type });
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 0 || isNaN(data11)) {
          vErrors = appendError(vErrors, instancePath + "/error_code", "#/properties/error_code/minimum", "minimum", { comparison: ">=", limit: 0 });
          errors++;
        }
      }
      if (typeof data11 === "string") {
        if (!pattern16.test(data11)) {
          vErrors = appendError(vErrors, instancePath + "/error_code", "#/properties/error_code/pattern", "pattern", { pattern: "^[0-9]+$" });
          errors++;
        }
      }
    }
    if (data.powerpack_id !== void 0) {
      let data12 = data.powerpack_id;
      if (typeof data12 === "string") {
        if (data12.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/powerpack_id", "#/properties/powerpack_id/minLength", "minLength", { limit: 1 });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/powerpack_id", "#/properties/powerpack_id/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.tendlc_campaign_id !== void 0) {
      let data13 = data.tendlc_campaign_id;
      if (typeof data13 === "string") {
        if (data13.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/tendlc_campaign_id", "#/properties/tendlc_campaign_id/minLength", "minLength", { limit: 1 });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/tendlc_campaign_id", "#/properties/tendlc_campaign_id/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.tendlc_registration_status !== void 0) {
      let data14 = data.tendlc_registration_status;
      if (typeof data14 !== "string") {
        vErrors = appendError(vErrors, instancePath + "/tendlc_registration_status", "#/properties/tendlc_registration_status/type", "type", { type: "string" });
        errors++;
      }
      if (!(data14 === "registered" || data14 === "unregistered")) {
        vErrors = appendError(vErrors, instancePath + "/tendlc_registration_status", "#/properties/tendlc_registration_status/enum", "enum", { allowedValues: schema34.properties.tendlc_registration_status.enum });
        errors++;
      }
    }
    if (data.destination_country_iso2 !== void 0) {
      let data15 = data.destination_country_iso2;
      if (typeof data15 === "string") {
        if (!pattern17.test(data15)) {
          vErrors = appendError(vErrors, instancePath + "/destination_country_iso2", "#/properties/destination_country_iso2/pattern", "pattern", { pattern: "^[A-Z]{2}$" });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/destination_country_iso2", "#/properties/destination_country_iso2/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.conversation_id !== void 0) {
      let data16 = data.conversation_id;
      if (typeof data16 === "string") {
        if (data16.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/conversation_id", "#/properties/conversation_id/minLength", "minLength", { limit: 1 });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/conversation_id", "#/properties/conversation_id/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.conversation_origin !== void 0) {
      if (!validate70(data.conversation_origin, instancePath + "/conversation_origin")) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.from_number !== void 0) {
      let data18 = data.from_number;
      if (typeof data18 === "string") {
        if (data18.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/from_number", "#/properties/from_number/minLength", "minLength", { limit: 1 });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/from_number", "#/properties/from_number/type", "type", { type: "string" });
        errors++;
      }
    }
    if (data.to_number !== void 0) {
      let data19 = data.to_number;
      if (typeof data19 === "string") {
        if (data19.length < 1) {
          vErrors = appendError(vErrors, instancePath + "/to_number", "#/properties/to_number/minLength", "minLength", { limit: 1 });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, instancePath + "/to_number", "#/properties/to_number/type", "type", { type: "string" });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, instancePath, "#/type", "type", { type: "object" });
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
export {
  isErrorBody,
  isListMessagesQuery,
  isMessage,
  isMessageList,
  isMessageMediaList,
  isMessageStatusCallback,
  isSendMessageRequest,
  isSendMessageResponse,
  isWhatsAppInteractive,
  isWhatsAppLocation,
  isWhatsAppTemplate
};
function appendError(errors, instancePath, schemaPath, keyword, params) {
  const error = { instancePath, schemaPath, keyword, params };
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
