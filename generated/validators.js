// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// uri-format:ajv-formats-uri
var ajv_formats_uri_exports = {};
__export(ajv_formats_uri_exports, {
  fullFormats: () => fullFormats
});
function uri(str) {
  return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
var NOT_URI_FRAGMENT, URI, fullFormats;
var init_ajv_formats_uri = __esm({
  "uri-format:ajv-formats-uri"() {
    NOT_URI_FRAGMENT = /\/|:/;
    URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    fullFormats = { uri };
  }
});

// validators.js
var isSendMessageRequest = validate53;
var schema20 = {"allOf":[null,null,{"then":{"anyOf":[{"properties":{"media_urls":{"type":["array","string"]}}}]}},{"then":{"anyOf":[null,{"properties":{"media_urls":{"type":["array","string"]}}}]}}],"properties":{"src":{"type":["string","null"]},"powerpack_uuid":{"type":["string","null"]},"powerpackUUID":{"type":["string","null"]},"dst":0,"text":{"type":["string","null"]},"type":{"type":["string","null"],"enum":["sms","mms","whatsapp",null]},"media_urls":{"type":["array","string","null"]},"media_ids":{"type":["array","null"]},"url":{"type":["string","null"]},"method":{"type":["string","null"],"enum":["GET","POST",null]},"log":{"type":["boolean","string","null"],"enum":[true,false,"true","false","content_only","number_only","",null]},"trackable":{"type":["boolean","string","null"],"enum":[true,false,"true","false",null]},"message_expiry":{"type":["integer","string","null"]},"template":0,"interactive":0,"location":0,"dlt_entity_id":{"type":["string","null"]},"dlt_template_id":{"type":["string","null"]},"dlt_template_category":{"type":["string","null"],"enum":["transactional","promotional","service_implicit","service_explicit",null]}}};
var func1 = require_ucs2length().default;
var func3 = Object.prototype.hasOwnProperty;
var pattern3 = new RegExp("^[^,]+$", "u");
var pattern4 = new RegExp("^\\s*(?:https?|HTTPS?)://[^\\s,]+(?:\\s*,\\s*(?:https?|HTTPS?)://[^\\s,]+)*\\s*$", "u");
var pattern5 = new RegExp("^(?:https?|HTTPS?)://", "u");
var pattern7 = new RegExp("^(?:[5-9]|[1-9][0-9]{1,3}|10[0-7][0-9]{2}|10800)$", "u");
var formats0 = (init_ajv_formats_uri(), __toCommonJS(ajv_formats_uri_exports)).fullFormats.uri;
var schema21 = {"properties":{"components":{"type":["array","null"]}}};
var schema22 = {"properties":{"type":{"enum":["header","body","button","carousel"]},"sub_type":{"type":["string","null"],"enum":["url","quick_reply",null]},"index":{"type":["string","null"]},"parameters":{"type":["array","null"]},"cards":{"type":["array","null"]}}};
var pattern8 = new RegExp("^[0-9]$", "u");
var schema23 = {"properties":{"type":{"enum":["text","media","payload","currency","date_time","location"]},"parameter_name":{"type":["string","null"]},"text":{"type":["string","null"]},"media":{"type":["string","null"]},"payload":{"type":["string","null"]},"currency":{"type":["object","null"]},"date_time":{"type":["object","null"]}}};
var pattern9 = new RegExp("^[A-Z]{3}$", "u");
var schema24 = {"properties":{"name":{"type":["string","null"]},"address":{"type":["string","null"]}}};
var pattern10 = new RegExp("^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$", "u");
var pattern11 = new RegExp("^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$", "u");
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.latitude === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latitude" }, message: "must have required property 'latitude'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.longitude === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "longitude" }, message: "must have required property 'longitude'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "latitude" || key0 === "longitude" || key0 === "name" || key0 === "address")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.latitude !== void 0) {
      let data0 = data.latitude;
      if (typeof data0 === "string") {
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/latitude", schemaPath: "#/properties/latitude/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$" }, message: 'must match pattern "^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/latitude", schemaPath: "#/properties/latitude/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.longitude !== void 0) {
      let data1 = data.longitude;
      if (typeof data1 === "string") {
        if (!pattern11.test(data1)) {
          const err5 = { instancePath: instancePath + "/longitude", schemaPath: "#/properties/longitude/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$" }, message: 'must match pattern "^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/longitude", schemaPath: "#/properties/longitude/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema24.properties.name.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func1(data2) > 1e3) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.address !== void 0) {
      let data3 = data.address;
      if (typeof data3 !== "string" && data3 !== null) {
        const err9 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: schema24.properties.address.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func1(data3) > 1e3) {
          const err10 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("text" !== data.type) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
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
        const err1 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.text !== void 0) {
        if (typeof data.text !== "string") {
          const err2 = { instancePath: instancePath + "/text", schemaPath: "#/allOf/0/then/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.text = true;
      props0.type = true;
    }
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs9 = errors;
  let valid4 = true;
  const _errs10 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("media" !== data.type) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
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
        const err5 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "media" }, message: "must have required property 'media'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.media !== void 0) {
        if (typeof data.media !== "string") {
          const err6 = { instancePath: instancePath + "/media", schemaPath: "#/allOf/1/then/properties/media/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs12 === errors;
    valid4 = _valid1;
    if (valid4) {
      var props1 = {};
      props1.media = true;
      props1.type = true;
    }
  }
  if (!valid4) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs16 = errors;
  let valid7 = true;
  const _errs17 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("payload" !== data.type) {
        const err8 = {};
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
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
        const err9 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property 'payload'" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.payload !== void 0) {
        if (typeof data.payload !== "string") {
          const err10 = { instancePath: instancePath + "/payload", schemaPath: "#/allOf/2/then/properties/payload/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs19 === errors;
    valid7 = _valid2;
    if (valid7) {
      var props2 = {};
      props2.payload = true;
      props2.type = true;
    }
  }
  if (!valid7) {
    const err11 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs23 = errors;
  let valid10 = true;
  const _errs24 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("currency" !== data.type) {
        const err12 = {};
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
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
        const err13 = { instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.currency !== void 0) {
        let data7 = data.currency;
        if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
          const err14 = { instancePath: instancePath + "/currency", schemaPath: "#/allOf/3/then/properties/currency/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs26 === errors;
    valid10 = _valid3;
    if (valid10) {
      var props3 = {};
      props3.currency = true;
      props3.type = true;
    }
  }
  if (!valid10) {
    const err15 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  const _errs30 = errors;
  let valid13 = true;
  const _errs31 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("date_time" !== data.type) {
        const err16 = {};
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
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
        const err17 = { instancePath, schemaPath: "#/allOf/4/then/required", keyword: "required", params: { missingProperty: "date_time" }, message: "must have required property 'date_time'" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data.date_time !== void 0) {
        let data9 = data.date_time;
        if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
          const err18 = { instancePath: instancePath + "/date_time", schemaPath: "#/allOf/4/then/properties/date_time/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    var _valid4 = _errs33 === errors;
    valid13 = _valid4;
    if (valid13) {
      var props4 = {};
      props4.date_time = true;
      props4.type = true;
    }
  }
  if (!valid13) {
    const err19 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  if (props0 !== true && props4 !== void 0) {
    if (props4 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props4);
    }
  }
  const _errs37 = errors;
  let valid16 = true;
  const _errs38 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("location" !== data.type) {
        const err20 = {};
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
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
        const err21 = { instancePath, schemaPath: "#/allOf/5/then/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data.location !== void 0) {
        let data11 = data.location;
        if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
          const err22 = { instancePath: instancePath + "/location", schemaPath: "#/allOf/5/then/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs40 === errors;
    valid16 = _valid5;
    if (valid16) {
      var props5 = {};
      props5.location = true;
      props5.type = true;
    }
  }
  if (!valid16) {
    const err23 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  if (props0 !== true && props5 !== void 0) {
    if (props5 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props5);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err24 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "parameter_name" || key0 === "text" || key0 === "media" || key0 === "payload" || key0 === "currency" || key0 === "date_time" || key0 === "location")) {
        const err25 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data12 = data.type;
      if (typeof data12 !== "string") {
        const err26 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (!(data12 === "text" || data12 === "media" || data12 === "payload" || data12 === "currency" || data12 === "date_time" || data12 === "location")) {
        const err27 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema23.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.parameter_name !== void 0) {
      let data13 = data.parameter_name;
      if (typeof data13 !== "string" && data13 !== null) {
        const err28 = { instancePath: instancePath + "/parameter_name", schemaPath: "#/properties/parameter_name/type", keyword: "type", params: { type: schema23.properties.parameter_name.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data13 === "string") {
        if (func1(data13) < 1) {
          const err29 = { instancePath: instancePath + "/parameter_name", schemaPath: "#/properties/parameter_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    if (data.text !== void 0) {
      let data14 = data.text;
      if (typeof data14 !== "string" && data14 !== null) {
        const err30 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: schema23.properties.text.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (typeof data14 === "string") {
        if (func1(data14) < 1) {
          const err31 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    }
    if (data.media !== void 0) {
      let data15 = data.media;
      if (typeof data15 !== "string" && data15 !== null) {
        const err32 = { instancePath: instancePath + "/media", schemaPath: "#/properties/media/type", keyword: "type", params: { type: schema23.properties.media.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data15 === "string") {
        if (!formats0(data15)) {
          const err33 = { instancePath: instancePath + "/media", schemaPath: "#/properties/media/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.payload !== void 0) {
      let data16 = data.payload;
      if (typeof data16 !== "string" && data16 !== null) {
        const err34 = { instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/type", keyword: "type", params: { type: schema23.properties.payload.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data16 === "string") {
        if (func1(data16) < 1) {
          const err35 = { instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.currency !== void 0) {
      let data17 = data.currency;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
        const err36 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: schema23.properties.currency.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.fallback_value === void 0) {
          const err37 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/required", keyword: "required", params: { missingProperty: "fallback_value" }, message: "must have required property 'fallback_value'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data17.currency_code === void 0) {
          const err38 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/required", keyword: "required", params: { missingProperty: "currency_code" }, message: "must have required property 'currency_code'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data17.amount_1000 === void 0) {
          const err39 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/required", keyword: "required", params: { missingProperty: "amount_1000" }, message: "must have required property 'amount_1000'" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        for (const key1 in data17) {
          if (!(key1 === "fallback_value" || key1 === "currency_code" || key1 === "amount_1000")) {
            const err40 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data17.fallback_value !== void 0) {
          let data18 = data17.fallback_value;
          if (typeof data18 === "string") {
            if (func1(data18) < 1) {
              const err41 = { instancePath: instancePath + "/currency/fallback_value", schemaPath: "#/properties/currency/properties/fallback_value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/currency/fallback_value", schemaPath: "#/properties/currency/properties/fallback_value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data17.currency_code !== void 0) {
          let data19 = data17.currency_code;
          if (typeof data19 === "string") {
            if (!pattern9.test(data19)) {
              const err43 = { instancePath: instancePath + "/currency/currency_code", schemaPath: "#/properties/currency/properties/currency_code/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/currency/currency_code", schemaPath: "#/properties/currency/properties/currency_code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data17.amount_1000 !== void 0) {
          let data20 = data17.amount_1000;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err45 = { instancePath: instancePath + "/currency/amount_1000", schemaPath: "#/properties/currency/properties/amount_1000/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      }
    }
    if (data.date_time !== void 0) {
      let data21 = data.date_time;
      if (!(data21 && typeof data21 == "object" && !Array.isArray(data21)) && data21 !== null) {
        const err46 = { instancePath: instancePath + "/date_time", schemaPath: "#/properties/date_time/type", keyword: "type", params: { type: schema23.properties.date_time.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.fallback_value === void 0) {
          const err47 = { instancePath: instancePath + "/date_time", schemaPath: "#/properties/date_time/required", keyword: "required", params: { missingProperty: "fallback_value" }, message: "must have required property 'fallback_value'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key2 in data21) {
          if (!(key2 === "fallback_value")) {
            const err48 = { instancePath: instancePath + "/date_time", schemaPath: "#/properties/date_time/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data21.fallback_value !== void 0) {
          let data22 = data21.fallback_value;
          if (typeof data22 === "string") {
            if (func1(data22) < 1) {
              const err49 = { instancePath: instancePath + "/date_time/fallback_value", schemaPath: "#/properties/date_time/properties/fallback_value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/date_time/fallback_value", schemaPath: "#/properties/date_time/properties/fallback_value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
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
      if (!validate57(data23, { instancePath: instancePath + "/location", parentData: data, parentDataProperty: "location", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs70 === errors;
      if (_valid6) {
        valid22 = true;
        passing0 = 0;
      }
      const _errs71 = errors;
      if (data23 !== null) {
        const err51 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
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
        const err52 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
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
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var wrapper0 = { validate: validate55 };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "sub_type" || key0 === "index" || key0 === "parameters" || key0 === "cards")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "header" || data0 === "body" || data0 === "button" || data0 === "carousel")) {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema22.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.sub_type !== void 0) {
      let data1 = data.sub_type;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/sub_type", schemaPath: "#/properties/sub_type/type", keyword: "type", params: { type: schema22.properties.sub_type.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "url" || data1 === "quick_reply" || data1 === null)) {
        const err5 = { instancePath: instancePath + "/sub_type", schemaPath: "#/properties/sub_type/enum", keyword: "enum", params: { allowedValues: schema22.properties.sub_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.index !== void 0) {
      let data2 = data.index;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/type", keyword: "type", params: { type: schema22.properties.index.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern8.test(data2)) {
          const err7 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/pattern", keyword: "pattern", params: { pattern: "^[0-9]$" }, message: 'must match pattern "^[0-9]$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.parameters !== void 0) {
      let data3 = data.parameters;
      if (!Array.isArray(data3) && data3 !== null) {
        const err8 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: schema22.properties.parameters.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate56(data3[i0], { instancePath: instancePath + "/parameters/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.cards !== void 0) {
      let data5 = data.cards;
      if (!Array.isArray(data5) && data5 !== null) {
        const err9 = { instancePath: instancePath + "/cards", schemaPath: "#/properties/cards/type", keyword: "type", params: { type: schema22.properties.cards.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.components === void 0) {
              const err10 = { instancePath: instancePath + "/cards/" + i1, schemaPath: "#/properties/cards/items/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "card_index" || key1 === "components")) {
                const err11 = { instancePath: instancePath + "/cards/" + i1, schemaPath: "#/properties/cards/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data6.card_index !== void 0) {
              let data7 = data6.card_index;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                const err12 = { instancePath: instancePath + "/cards/" + i1 + "/card_index", schemaPath: "#/properties/cards/items/properties/card_index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 > 9 || isNaN(data7)) {
                  const err13 = { instancePath: instancePath + "/cards/" + i1 + "/card_index", schemaPath: "#/properties/cards/items/properties/card_index/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9 }, message: "must be <= 9" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err14 = { instancePath: instancePath + "/cards/" + i1 + "/card_index", schemaPath: "#/properties/cards/items/properties/card_index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
            }
            if (data6.components !== void 0) {
              let data8 = data6.components;
              if (Array.isArray(data8)) {
                const len2 = data8.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (!wrapper0.validate(data8[i2], { instancePath: instancePath + "/cards/" + i1 + "/components/" + i2, parentData: data8, parentDataProperty: i2, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/cards/" + i1 + "/components", schemaPath: "#/properties/cards/items/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/cards/" + i1, schemaPath: "#/properties/cards/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.language === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property 'language'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "language" || key0 === "components")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.language !== void 0) {
      let data1 = data.language;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err5 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data2 = data.components;
      if (!Array.isArray(data2) && data2 !== null) {
        const err7 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: schema21.properties.components.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate55(data2[i0], { instancePath: instancePath + "/components/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema25 = {"properties":{"type":{"enum":["list","button","cta_url"]},"header":{"type":["object","null"],"properties":{"type":{"enum":["text","media"]},"text":{"type":["string","null"]},"media":{"type":["string","null"]}}},"footer":{"type":["object","null"]},"action":{"properties":{"buttons":{"type":["array","null"],"items":{"properties":{"id":{"type":["string","null"]},"cta_url":{"type":["string","null"]}}}},"sections":{"type":["array","null"],"items":{"properties":{"title":{"type":["string","null"]},"rows":{"items":{"properties":{"description":{"type":["string","null"]}}}}}}}}}}};
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("list" !== data.type) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
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
            const err1 = { instancePath: instancePath + "/action", schemaPath: "#/allOf/0/then/properties/action/required", keyword: "required", params: { missingProperty: "sections" }, message: "must have required property 'sections'" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data1.sections !== void 0) {
            let data2 = data1.sections;
            if (Array.isArray(data2)) {
              if (data2.length < 1) {
                const err2 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/0/then/properties/action/properties/sections/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            } else {
              const err3 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/0/then/properties/action/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data1.buttons !== void 0) {
            let data3 = data1.buttons;
            if (Array.isArray(data3)) {
              if (data3.length > 1) {
                const err4 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/0/then/properties/action/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
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
      var props0 = {};
      props0.action = true;
      props0.type = true;
    }
  }
  if (!valid1) {
    const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs11 = errors;
  let valid5 = true;
  const _errs12 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("button" !== data.type) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
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
            const err7 = { instancePath: instancePath + "/action", schemaPath: "#/allOf/1/then/properties/action/required", keyword: "required", params: { missingProperty: "buttons" }, message: "must have required property 'buttons'" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data5.buttons !== void 0) {
            let data6 = data5.buttons;
            if (Array.isArray(data6)) {
              if (data6.length < 1) {
                const err8 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/1/then/properties/action/properties/buttons/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              const len0 = data6.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                  if (data7.id === void 0) {
                    const err9 = { instancePath: instancePath + "/action/buttons/" + i0, schemaPath: "#/allOf/1/then/properties/action/properties/buttons/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                  if (data7.id !== void 0) {
                    if (typeof data7.id !== "string") {
                      const err10 = { instancePath: instancePath + "/action/buttons/" + i0 + "/id", schemaPath: "#/allOf/1/then/properties/action/properties/buttons/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  }
                }
              }
            } else {
              const err11 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/1/then/properties/action/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data5.sections !== void 0) {
            let data9 = data5.sections;
            if (Array.isArray(data9)) {
              if (data9.length > 0) {
                const err12 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/1/then/properties/action/properties/sections/maxItems", keyword: "maxItems", params: { limit: 0 }, message: "must NOT have more than 0 items" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
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
      var props1 = {};
      props1.action = true;
      props1.type = true;
    }
  }
  if (!valid5) {
    const err13 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs23 = errors;
  let valid12 = true;
  const _errs24 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("cta_url" !== data.type) {
        const err14 = {};
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
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
            const err15 = { instancePath: instancePath + "/action", schemaPath: "#/allOf/2/then/properties/action/required", keyword: "required", params: { missingProperty: "buttons" }, message: "must have required property 'buttons'" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (data11.buttons !== void 0) {
            let data12 = data11.buttons;
            if (Array.isArray(data12)) {
              if (data12.length > 1) {
                const err16 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (data12.length < 1) {
                const err17 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              const len1 = data12.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data13 = data12[i1];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                  if (data13.cta_url === void 0) {
                    const err18 = { instancePath: instancePath + "/action/buttons/" + i1, schemaPath: "#/allOf/2/then/properties/action/properties/buttons/items/required", keyword: "required", params: { missingProperty: "cta_url" }, message: "must have required property 'cta_url'" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                  if (data13.cta_url !== void 0) {
                    if (typeof data13.cta_url !== "string") {
                      const err19 = { instancePath: instancePath + "/action/buttons/" + i1 + "/cta_url", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/items/properties/cta_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  }
                }
              }
            } else {
              const err20 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data11.sections !== void 0) {
            let data15 = data11.sections;
            if (Array.isArray(data15)) {
              if (data15.length > 0) {
                const err21 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/2/then/properties/action/properties/sections/maxItems", keyword: "maxItems", params: { limit: 0 }, message: "must NOT have more than 0 items" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
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
      var props2 = {};
      props2.action = true;
      props2.type = true;
    }
  }
  if (!valid12) {
    const err22 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err23 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.body === void 0) {
      const err24 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err25 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "header" || key0 === "body" || key0 === "footer" || key0 === "action")) {
        const err26 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data16 = data.type;
      if (typeof data16 !== "string") {
        const err27 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (!(data16 === "list" || data16 === "button" || data16 === "cta_url")) {
        const err28 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema25.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.header !== void 0) {
      let data17 = data.header;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
        const err29 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/type", keyword: "type", params: { type: schema25.properties.header.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      const _errs40 = errors;
      let valid21 = true;
      const _errs41 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type !== void 0) {
          if ("text" !== data17.type) {
            const err30 = {};
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
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
            const err31 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/allOf/0/then/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (data17.text !== void 0) {
            if (typeof data17.text !== "string") {
              const err32 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/allOf/0/then/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        }
        var _valid3 = _errs43 === errors;
        valid21 = _valid3;
        if (valid21) {
          var props3 = {};
          props3.text = true;
          props3.type = true;
        }
      }
      if (!valid21) {
        const err33 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      const _errs47 = errors;
      let valid24 = true;
      const _errs48 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type !== void 0) {
          if ("media" !== data17.type) {
            const err34 = {};
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
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
            const err35 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/allOf/1/then/required", keyword: "required", params: { missingProperty: "media" }, message: "must have required property 'media'" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (data17.media !== void 0) {
            if (typeof data17.media !== "string") {
              const err36 = { instancePath: instancePath + "/header/media", schemaPath: "#/properties/header/allOf/1/then/properties/media/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        var _valid4 = _errs50 === errors;
        valid24 = _valid4;
        if (valid24) {
          var props4 = {};
          props4.media = true;
          props4.type = true;
        }
      }
      if (!valid24) {
        const err37 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (props3 !== true && props4 !== void 0) {
        if (props4 === true) {
          props3 = true;
        } else {
          props3 = props3 || {};
          Object.assign(props3, props4);
        }
      }
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type === void 0) {
          const err38 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key1 in data17) {
          if (!(key1 === "type" || key1 === "text" || key1 === "media")) {
            const err39 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data17.type !== void 0) {
          let data22 = data17.type;
          if (typeof data22 !== "string") {
            const err40 = { instancePath: instancePath + "/header/type", schemaPath: "#/properties/header/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (!(data22 === "text" || data22 === "media")) {
            const err41 = { instancePath: instancePath + "/header/type", schemaPath: "#/properties/header/properties/type/enum", keyword: "enum", params: { allowedValues: schema25.properties.header.properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data17.text !== void 0) {
          let data23 = data17.text;
          if (typeof data23 !== "string" && data23 !== null) {
            const err42 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/properties/text/type", keyword: "type", params: { type: schema25.properties.header.properties.text.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data23 === "string") {
            if (func1(data23) > 60) {
              const err43 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/properties/text/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (func1(data23) < 1) {
              const err44 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data17.media !== void 0) {
          let data24 = data17.media;
          if (typeof data24 !== "string" && data24 !== null) {
            const err45 = { instancePath: instancePath + "/header/media", schemaPath: "#/properties/header/properties/media/type", keyword: "type", params: { type: schema25.properties.header.properties.media.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data24 === "string") {
            if (!formats0(data24)) {
              const err46 = { instancePath: instancePath + "/header/media", schemaPath: "#/properties/header/properties/media/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
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
          const err47 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key2 in data25) {
          if (!(key2 === "text")) {
            const err48 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data25.text !== void 0) {
          let data26 = data25.text;
          if (typeof data26 === "string") {
            if (func1(data26) > 1024) {
              const err49 = { instancePath: instancePath + "/body/text", schemaPath: "#/properties/body/properties/text/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (func1(data26) < 1) {
              const err50 = { instancePath: instancePath + "/body/text", schemaPath: "#/properties/body/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/body/text", schemaPath: "#/properties/body/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.footer !== void 0) {
      let data27 = data.footer;
      if (!(data27 && typeof data27 == "object" && !Array.isArray(data27)) && data27 !== null) {
        const err53 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/type", keyword: "type", params: { type: schema25.properties.footer.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.text === void 0) {
          const err54 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key3 in data27) {
          if (!(key3 === "text")) {
            const err55 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data27.text !== void 0) {
          let data28 = data27.text;
          if (typeof data28 === "string") {
            if (func1(data28) > 60) {
              const err56 = { instancePath: instancePath + "/footer/text", schemaPath: "#/properties/footer/properties/text/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (func1(data28) < 1) {
              const err57 = { instancePath: instancePath + "/footer/text", schemaPath: "#/properties/footer/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/footer/text", schemaPath: "#/properties/footer/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
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
            const err59 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data29.buttons !== void 0) {
          let data30 = data29.buttons;
          if (!Array.isArray(data30) && data30 !== null) {
            const err60 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/properties/action/properties/buttons/type", keyword: "type", params: { type: schema25.properties.action.properties.buttons.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (Array.isArray(data30)) {
            if (data30.length > 3) {
              const err61 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/properties/action/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            const len2 = data30.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data31 = data30[i2];
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.title === void 0) {
                  const err62 = { instancePath: instancePath + "/action/buttons/" + i2, schemaPath: "#/properties/action/properties/buttons/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                for (const key5 in data31) {
                  if (!(key5 === "id" || key5 === "title" || key5 === "cta_url")) {
                    const err63 = { instancePath: instancePath + "/action/buttons/" + i2, schemaPath: "#/properties/action/properties/buttons/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data31.id !== void 0) {
                  let data32 = data31.id;
                  if (typeof data32 !== "string" && data32 !== null) {
                    const err64 = { instancePath: instancePath + "/action/buttons/" + i2 + "/id", schemaPath: "#/properties/action/properties/buttons/items/properties/id/type", keyword: "type", params: { type: schema25.properties.action.properties.buttons.items.properties.id.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                  if (typeof data32 === "string") {
                    if (func1(data32) > 256) {
                      const err65 = { instancePath: instancePath + "/action/buttons/" + i2 + "/id", schemaPath: "#/properties/action/properties/buttons/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                    if (func1(data32) < 1) {
                      const err66 = { instancePath: instancePath + "/action/buttons/" + i2 + "/id", schemaPath: "#/properties/action/properties/buttons/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  }
                }
                if (data31.title !== void 0) {
                  let data33 = data31.title;
                  if (typeof data33 === "string") {
                    if (func1(data33) > 20) {
                      const err67 = { instancePath: instancePath + "/action/buttons/" + i2 + "/title", schemaPath: "#/properties/action/properties/buttons/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (func1(data33) < 1) {
                      const err68 = { instancePath: instancePath + "/action/buttons/" + i2 + "/title", schemaPath: "#/properties/action/properties/buttons/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/action/buttons/" + i2 + "/title", schemaPath: "#/properties/action/properties/buttons/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data31.cta_url !== void 0) {
                  let data34 = data31.cta_url;
                  if (typeof data34 !== "string" && data34 !== null) {
                    const err70 = { instancePath: instancePath + "/action/buttons/" + i2 + "/cta_url", schemaPath: "#/properties/action/properties/buttons/items/properties/cta_url/type", keyword: "type", params: { type: schema25.properties.action.properties.buttons.items.properties.cta_url.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                  if (typeof data34 === "string") {
                    if (!formats0(data34)) {
                      const err71 = { instancePath: instancePath + "/action/buttons/" + i2 + "/cta_url", schemaPath: "#/properties/action/properties/buttons/items/properties/cta_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/action/buttons/" + i2, schemaPath: "#/properties/action/properties/buttons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          }
        }
        if (data29.sections !== void 0) {
          let data35 = data29.sections;
          if (!Array.isArray(data35) && data35 !== null) {
            const err73 = { instancePath: instancePath + "/action/sections", schemaPath: "#/properties/action/properties/sections/type", keyword: "type", params: { type: schema25.properties.action.properties.sections.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (Array.isArray(data35)) {
            if (data35.length > 10) {
              const err74 = { instancePath: instancePath + "/action/sections", schemaPath: "#/properties/action/properties/sections/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            const len3 = data35.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data36 = data35[i3];
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.rows === void 0) {
                  const err75 = { instancePath: instancePath + "/action/sections/" + i3, schemaPath: "#/properties/action/properties/sections/items/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                for (const key6 in data36) {
                  if (!(key6 === "title" || key6 === "rows")) {
                    const err76 = { instancePath: instancePath + "/action/sections/" + i3, schemaPath: "#/properties/action/properties/sections/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data36.title !== void 0) {
                  let data37 = data36.title;
                  if (typeof data37 !== "string" && data37 !== null) {
                    const err77 = { instancePath: instancePath + "/action/sections/" + i3 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/title/type", keyword: "type", params: { type: schema25.properties.action.properties.sections.items.properties.title.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                  if (typeof data37 === "string") {
                    if (func1(data37) > 24) {
                      const err78 = { instancePath: instancePath + "/action/sections/" + i3 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 24 }, message: "must NOT have more than 24 characters" };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                    if (func1(data37) < 1) {
                      const err79 = { instancePath: instancePath + "/action/sections/" + i3 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  }
                }
                if (data36.rows !== void 0) {
                  let data38 = data36.rows;
                  if (Array.isArray(data38)) {
                    if (data38.length > 10) {
                      const err80 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows", schemaPath: "#/properties/action/properties/sections/items/properties/rows/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                    if (data38.length < 1) {
                      const err81 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows", schemaPath: "#/properties/action/properties/sections/items/properties/rows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                    const len4 = data38.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data39 = data38[i4];
                      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                        if (data39.id === void 0) {
                          const err82 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                          if (vErrors === null) {
                            vErrors = [err82];
                          } else {
                            vErrors.push(err82);
                          }
                          errors++;
                        }
                        if (data39.title === void 0) {
                          const err83 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        }
                        for (const key7 in data39) {
                          if (!(key7 === "id" || key7 === "title" || key7 === "description")) {
                            const err84 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                        }
                        if (data39.id !== void 0) {
                          let data40 = data39.id;
                          if (typeof data40 === "string") {
                            if (func1(data40) > 200) {
                              const err85 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                              if (vErrors === null) {
                                vErrors = [err85];
                              } else {
                                vErrors.push(err85);
                              }
                              errors++;
                            }
                            if (func1(data40) < 1) {
                              const err86 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err86];
                              } else {
                                vErrors.push(err86);
                              }
                              errors++;
                            }
                          } else {
                            const err87 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                        }
                        if (data39.title !== void 0) {
                          let data41 = data39.title;
                          if (typeof data41 === "string") {
                            if (func1(data41) > 24) {
                              const err88 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 24 }, message: "must NOT have more than 24 characters" };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                            if (func1(data41) < 1) {
                              const err89 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                            }
                          } else {
                            const err90 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          }
                        }
                        if (data39.description !== void 0) {
                          let data42 = data39.description;
                          if (typeof data42 !== "string" && data42 !== null) {
                            const err91 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/description", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/description/type", keyword: "type", params: { type: schema25.properties.action.properties.sections.items.properties.rows.items.properties.description.type }, message: "must be string,null" };
                            if (vErrors === null) {
                              vErrors = [err91];
                            } else {
                              vErrors.push(err91);
                            }
                            errors++;
                          }
                          if (typeof data42 === "string") {
                            if (func1(data42) > 72) {
                              const err92 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/description", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 72 }, message: "must NOT have more than 72 characters" };
                              if (vErrors === null) {
                                vErrors = [err92];
                              } else {
                                vErrors.push(err92);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err93 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows", schemaPath: "#/properties/action/properties/sections/items/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
              } else {
                const err95 = { instancePath: instancePath + "/action/sections/" + i3, schemaPath: "#/properties/action/properties/sections/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
  } else {
    const err97 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err97];
    } else {
      vErrors.push(err97);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.src === void 0 && (missing0 = "src")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.src !== void 0) {
        const _errs5 = errors;
        const _errs6 = errors;
        if (data.src !== null) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var valid3 = _errs6 === errors;
        if (valid3) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
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
          const err3 = { instancePath: instancePath + "/powerpack_uuid", schemaPath: "#/allOf/0/then/properties/powerpack_uuid/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs8 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.powerpack_uuid = true;
      props0.src = true;
    }
    ifClause0 = "then";
  } else {
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.powerpack_uuid === void 0) {
        const err4 = { instancePath, schemaPath: "#/allOf/0/else/required", keyword: "required", params: { missingProperty: "powerpack_uuid" }, message: "must have required property 'powerpack_uuid'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.powerpack_uuid !== void 0) {
        const _errs13 = errors;
        const _errs14 = errors;
        if (data.powerpack_uuid !== null) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        var valid6 = _errs14 === errors;
        if (valid6) {
          const err6 = { instancePath: instancePath + "/powerpack_uuid", schemaPath: "#/allOf/0/else/properties/powerpack_uuid/not", keyword: "not", params: {}, message: "must NOT be valid" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
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
      if (props0 !== true) {
        props0 = props0 || {};
        props0.powerpack_uuid = true;
      }
    }
    ifClause0 = "else";
  }
  if (!valid1) {
    const err7 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      let data3 = data.type;
      if (!(data3 === "sms" || data3 === null)) {
        const err8 = {};
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
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
        const err9 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.text !== void 0) {
        let data4 = data.text;
        if (typeof data4 === "string") {
          if (func1(data4) > 1600) {
            const err10 = { instancePath: instancePath + "/text", schemaPath: "#/allOf/1/then/properties/text/maxLength", keyword: "maxLength", params: { limit: 1600 }, message: "must NOT have more than 1600 characters" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        } else {
          const err11 = { instancePath: instancePath + "/text", schemaPath: "#/allOf/1/then/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.media_urls !== void 0) {
        if (data.media_urls !== null) {
          const err12 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/1/then/properties/media_urls/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.media_ids !== void 0) {
        if (data.media_ids !== null) {
          const err13 = { instancePath: instancePath + "/media_ids", schemaPath: "#/allOf/1/then/properties/media_ids/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.template !== void 0) {
        if (data.template !== null) {
          const err14 = { instancePath: instancePath + "/template", schemaPath: "#/allOf/1/then/properties/template/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.interactive !== void 0) {
        if (data.interactive !== null) {
          const err15 = { instancePath: instancePath + "/interactive", schemaPath: "#/allOf/1/then/properties/interactive/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (data.location !== void 0) {
        if (data.location !== null) {
          const err16 = { instancePath: instancePath + "/location", schemaPath: "#/allOf/1/then/properties/location/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs20 === errors;
    valid7 = _valid1;
    if (valid7) {
      var props1 = {};
      props1.text = true;
      props1.media_urls = true;
      props1.media_ids = true;
      props1.template = true;
      props1.interactive = true;
      props1.location = true;
      props1.type = true;
    }
  }
  if (!valid7) {
    const err17 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs34 = errors;
  let valid10 = true;
  const _errs35 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err18 = {};
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("mms" !== data.type) {
          const err19 = {};
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
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
        const err20 = { instancePath, schemaPath: "#/allOf/2/then/anyOf/0/required", keyword: "required", params: { missingProperty: "media_urls" }, message: "must have required property 'media_urls'" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (data.media_urls !== void 0) {
        let data11 = data.media_urls;
        if (!Array.isArray(data11) && typeof data11 !== "string") {
          const err21 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/2/then/anyOf/0/properties/media_urls/type", keyword: "type", params: { type: schema20.allOf[2].then.anyOf[0].properties.media_urls.type }, message: "must be array,string" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs39 === errors;
    valid12 = valid12 || _valid3;
    if (_valid3) {
      var props2 = {};
      props2.media_urls = true;
    }
    const _errs42 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_ids === void 0) {
        const err22 = { instancePath, schemaPath: "#/allOf/2/then/anyOf/1/required", keyword: "required", params: { missingProperty: "media_ids" }, message: "must have required property 'media_ids'" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (data.media_ids !== void 0) {
        if (!Array.isArray(data.media_ids)) {
          const err23 = { instancePath: instancePath + "/media_ids", schemaPath: "#/allOf/2/then/anyOf/1/properties/media_ids/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs42 === errors;
    valid12 = valid12 || _valid3;
    if (_valid3) {
      if (props2 !== true) {
        props2 = props2 || {};
        props2.media_ids = true;
      }
    }
    if (!valid12) {
      const err24 = { instancePath, schemaPath: "#/allOf/2/then/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
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
      if (props2 !== true) {
        props2 = props2 || {};
        props2.template = true;
        props2.interactive = true;
        props2.location = true;
      }
      if (data.template !== void 0) {
        if (data.template !== null) {
          const err25 = { instancePath: instancePath + "/template", schemaPath: "#/allOf/2/then/properties/template/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      if (data.interactive !== void 0) {
        if (data.interactive !== null) {
          const err26 = { instancePath: instancePath + "/interactive", schemaPath: "#/allOf/2/then/properties/interactive/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
      if (data.location !== void 0) {
        if (data.location !== null) {
          const err27 = { instancePath: instancePath + "/location", schemaPath: "#/allOf/2/then/properties/location/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs37 === errors;
    valid10 = _valid2;
    if (valid10) {
      if (props2 !== true) {
        props2 = props2 || {};
        props2.type = true;
      }
    }
  }
  if (!valid10) {
    const err28 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs52 = errors;
  let valid16 = true;
  const _errs53 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.type === void 0 && (missing2 = "type")) {
      const err29 = {};
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("whatsapp" !== data.type) {
          const err30 = {};
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
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
        const err31 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/0/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (data.text !== void 0) {
        if (typeof data.text !== "string") {
          const err32 = { instancePath: instancePath + "/text", schemaPath: "#/allOf/3/then/anyOf/0/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs57 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
      var props3 = {};
      props3.text = true;
    }
    const _errs60 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_urls === void 0) {
        const err33 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/1/required", keyword: "required", params: { missingProperty: "media_urls" }, message: "must have required property 'media_urls'" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (data.media_urls !== void 0) {
        let data18 = data.media_urls;
        if (!Array.isArray(data18) && typeof data18 !== "string") {
          const err34 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/3/then/anyOf/1/properties/media_urls/type", keyword: "type", params: { type: schema20.allOf[3].then.anyOf[1].properties.media_urls.type }, message: "must be array,string" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs60 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.media_urls = true;
      }
    }
    const _errs63 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_ids === void 0) {
        const err35 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/2/required", keyword: "required", params: { missingProperty: "media_ids" }, message: "must have required property 'media_ids'" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (data.media_ids !== void 0) {
        if (!Array.isArray(data.media_ids)) {
          const err36 = { instancePath: instancePath + "/media_ids", schemaPath: "#/allOf/3/then/anyOf/2/properties/media_ids/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs63 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.media_ids = true;
      }
    }
    const _errs66 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.template === void 0) {
        const err37 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/3/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (data.template !== void 0) {
        let data20 = data.template;
        if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
          const err38 = { instancePath: instancePath + "/template", schemaPath: "#/allOf/3/then/anyOf/3/properties/template/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs66 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.template = true;
      }
    }
    const _errs69 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.interactive === void 0) {
        const err39 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/4/required", keyword: "required", params: { missingProperty: "interactive" }, message: "must have required property 'interactive'" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (data.interactive !== void 0) {
        let data21 = data.interactive;
        if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
          const err40 = { instancePath: instancePath + "/interactive", schemaPath: "#/allOf/3/then/anyOf/4/properties/interactive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs69 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.interactive = true;
      }
    }
    const _errs72 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.location === void 0) {
        const err41 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/5/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (data.location !== void 0) {
        let data22 = data.location;
        if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
          const err42 = { instancePath: instancePath + "/location", schemaPath: "#/allOf/3/then/anyOf/5/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs72 === errors;
    valid18 = valid18 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.location = true;
      }
    }
    if (!valid18) {
      const err43 = { instancePath, schemaPath: "#/allOf/3/then/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
      if (vErrors === null) {
        vErrors = [err43];
      } else {
        vErrors.push(err43);
      }
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
        const err44 = { instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: "src" }, message: "must have required property 'src'" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (props3 !== true) {
        props3 = props3 || {};
        props3.src = true;
        props3.text = true;
        props3.media_urls = true;
        props3.media_ids = true;
      }
      if (data.src !== void 0) {
        if (typeof data.src !== "string") {
          const err45 = { instancePath: instancePath + "/src", schemaPath: "#/allOf/3/then/properties/src/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
      if (data.text !== void 0) {
        let data24 = data.text;
        if (typeof data24 === "string") {
          if (func1(data24) > 4096) {
            const err46 = { instancePath: instancePath + "/text", schemaPath: "#/allOf/3/then/properties/text/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      }
      if (data.media_urls !== void 0) {
        let data25 = data.media_urls;
        if (typeof data25 === "string") {
          if (!pattern3.test(data25)) {
            const err47 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/3/then/properties/media_urls/pattern", keyword: "pattern", params: { pattern: "^[^,]+$" }, message: 'must match pattern "^[^,]+$"' };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (Array.isArray(data25)) {
          if (data25.length > 1) {
            const err48 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/3/then/properties/media_urls/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      }
      if (data.media_ids !== void 0) {
        let data26 = data.media_ids;
        if (Array.isArray(data26)) {
          if (data26.length > 1) {
            const err49 = { instancePath: instancePath + "/media_ids", schemaPath: "#/allOf/3/then/properties/media_ids/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      }
    }
    var _valid4 = _errs55 === errors;
    valid16 = _valid4;
    if (valid16) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.type = true;
      }
    }
  }
  if (!valid16) {
    const err50 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err50];
    } else {
      vErrors.push(err50);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.dst === void 0) {
      const err51 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dst" }, message: "must have required property 'dst'" };
      if (vErrors === null) {
        vErrors = [err51];
      } else {
        vErrors.push(err51);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema20.properties, key0)) {
        const err52 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.src !== void 0) {
      let data27 = data.src;
      if (typeof data27 !== "string" && data27 !== null) {
        const err53 = { instancePath: instancePath + "/src", schemaPath: "#/properties/src/type", keyword: "type", params: { type: schema20.properties.src.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      if (typeof data27 === "string") {
        if (func1(data27) < 1) {
          const err54 = { instancePath: instancePath + "/src", schemaPath: "#/properties/src/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      }
    }
    if (data.powerpack_uuid !== void 0) {
      let data28 = data.powerpack_uuid;
      if (typeof data28 !== "string" && data28 !== null) {
        const err55 = { instancePath: instancePath + "/powerpack_uuid", schemaPath: "#/properties/powerpack_uuid/type", keyword: "type", params: { type: schema20.properties.powerpack_uuid.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      if (typeof data28 === "string") {
        if (func1(data28) < 1) {
          const err56 = { instancePath: instancePath + "/powerpack_uuid", schemaPath: "#/properties/powerpack_uuid/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      }
    }
    if (data.powerpackUUID !== void 0) {
      let data29 = data.powerpackUUID;
      if (typeof data29 !== "string" && data29 !== null) {
        const err57 = { instancePath: instancePath + "/powerpackUUID", schemaPath: "#/properties/powerpackUUID/type", keyword: "type", params: { type: schema20.properties.powerpackUUID.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.dst !== void 0) {
      let data30 = data.dst;
      if (typeof data30 === "string") {
        if (func1(data30) < 1) {
          const err58 = { instancePath: instancePath + "/dst", schemaPath: "#/properties/dst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      } else {
        const err59 = { instancePath: instancePath + "/dst", schemaPath: "#/properties/dst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      let data31 = data.text;
      if (typeof data31 !== "string" && data31 !== null) {
        const err60 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: schema20.properties.text.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      if (typeof data31 === "string") {
        if (func1(data31) < 1) {
          const err61 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
      }
    }
    if (data.type !== void 0) {
      let data32 = data.type;
      if (typeof data32 !== "string" && data32 !== null) {
        const err62 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema20.properties.type.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
      if (!(data32 === "sms" || data32 === "mms" || data32 === "whatsapp" || data32 === null)) {
        const err63 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema20.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.media_urls !== void 0) {
      let data33 = data.media_urls;
      if (!Array.isArray(data33) && typeof data33 !== "string" && data33 !== null) {
        const err64 = { instancePath: instancePath + "/media_urls", schemaPath: "#/properties/media_urls/type", keyword: "type", params: { type: schema20.properties.media_urls.type }, message: "must be array,string,null" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      if (typeof data33 === "string") {
        if (!pattern4.test(data33)) {
          const err65 = { instancePath: instancePath + "/media_urls", schemaPath: "#/properties/media_urls/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:https?|HTTPS?)://[^\\s,]+(?:\\s*,\\s*(?:https?|HTTPS?)://[^\\s,]+)*\\s*$" }, message: 'must match pattern "^\\s*(?:https?|HTTPS?)://[^\\s,]+(?:\\s*,\\s*(?:https?|HTTPS?)://[^\\s,]+)*\\s*$"' };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      }
      if (Array.isArray(data33)) {
        if (data33.length > 10) {
          const err66 = { instancePath: instancePath + "/media_urls", schemaPath: "#/properties/media_urls/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data33.length < 1) {
          const err67 = { instancePath: instancePath + "/media_urls", schemaPath: "#/properties/media_urls/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        const len0 = data33.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data34 = data33[i0];
          if (typeof data34 === "string") {
            if (!pattern5.test(data34)) {
              const err68 = { instancePath: instancePath + "/media_urls/" + i0, schemaPath: "#/properties/media_urls/items/pattern", keyword: "pattern", params: { pattern: "^(?:https?|HTTPS?)://" }, message: 'must match pattern "^(?:https?|HTTPS?)://"' };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (!formats0(data34)) {
              const err69 = { instancePath: instancePath + "/media_urls/" + i0, schemaPath: "#/properties/media_urls/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/media_urls/" + i0, schemaPath: "#/properties/media_urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      }
    }
    if (data.media_ids !== void 0) {
      let data35 = data.media_ids;
      if (!Array.isArray(data35) && data35 !== null) {
        const err71 = { instancePath: instancePath + "/media_ids", schemaPath: "#/properties/media_ids/type", keyword: "type", params: { type: schema20.properties.media_ids.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
      if (Array.isArray(data35)) {
        if (data35.length > 10) {
          const err72 = { instancePath: instancePath + "/media_ids", schemaPath: "#/properties/media_ids/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        if (data35.length < 1) {
          const err73 = { instancePath: instancePath + "/media_ids", schemaPath: "#/properties/media_ids/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        const len1 = data35.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data36 = data35[i1];
          if (typeof data36 === "string") {
            if (func1(data36) < 1) {
              const err74 = { instancePath: instancePath + "/media_ids/" + i1, schemaPath: "#/properties/media_ids/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          } else {
            const err75 = { instancePath: instancePath + "/media_ids/" + i1, schemaPath: "#/properties/media_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      }
    }
    if (data.url !== void 0) {
      let data37 = data.url;
      if (typeof data37 !== "string" && data37 !== null) {
        const err76 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: schema20.properties.url.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      if (typeof data37 === "string") {
        if (!pattern5.test(data37)) {
          const err77 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^(?:https?|HTTPS?)://" }, message: 'must match pattern "^(?:https?|HTTPS?)://"' };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (!formats0(data37)) {
          const err78 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
      }
    }
    if (data.method !== void 0) {
      let data38 = data.method;
      if (typeof data38 !== "string" && data38 !== null) {
        const err79 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: schema20.properties.method.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
      if (!(data38 === "GET" || data38 === "POST" || data38 === null)) {
        const err80 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema20.properties.method.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.log !== void 0) {
      let data39 = data.log;
      if (typeof data39 !== "boolean" && typeof data39 !== "string" && data39 !== null) {
        const err81 = { instancePath: instancePath + "/log", schemaPath: "#/properties/log/type", keyword: "type", params: { type: schema20.properties.log.type }, message: "must be boolean,string,null" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
      if (!(data39 === true || data39 === false || data39 === "true" || data39 === "false" || data39 === "content_only" || data39 === "number_only" || data39 === "" || data39 === null)) {
        const err82 = { instancePath: instancePath + "/log", schemaPath: "#/properties/log/enum", keyword: "enum", params: { allowedValues: schema20.properties.log.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.trackable !== void 0) {
      let data40 = data.trackable;
      if (typeof data40 !== "boolean" && typeof data40 !== "string" && data40 !== null) {
        const err83 = { instancePath: instancePath + "/trackable", schemaPath: "#/properties/trackable/type", keyword: "type", params: { type: schema20.properties.trackable.type }, message: "must be boolean,string,null" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
      if (!(data40 === true || data40 === false || data40 === "true" || data40 === "false" || data40 === null)) {
        const err84 = { instancePath: instancePath + "/trackable", schemaPath: "#/properties/trackable/enum", keyword: "enum", params: { allowedValues: schema20.properties.trackable.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.message_expiry !== void 0) {
      let data41 = data.message_expiry;
      if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41)) && typeof data41 !== "string" && data41 !== null) {
        const err85 = { instancePath: instancePath + "/message_expiry", schemaPath: "#/properties/message_expiry/type", keyword: "type", params: { type: schema20.properties.message_expiry.type }, message: "must be integer,string,null" };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      if (typeof data41 == "number" && isFinite(data41)) {
        if (data41 > 10800 || isNaN(data41)) {
          const err86 = { instancePath: instancePath + "/message_expiry", schemaPath: "#/properties/message_expiry/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10800 }, message: "must be <= 10800" };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
        if (data41 < 5 || isNaN(data41)) {
          const err87 = { instancePath: instancePath + "/message_expiry", schemaPath: "#/properties/message_expiry/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5" };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
      }
      if (typeof data41 === "string") {
        if (!pattern7.test(data41)) {
          const err88 = { instancePath: instancePath + "/message_expiry", schemaPath: "#/properties/message_expiry/pattern", keyword: "pattern", params: { pattern: "^(?:[5-9]|[1-9][0-9]{1,3}|10[0-7][0-9]{2}|10800)$" }, message: 'must match pattern "^(?:[5-9]|[1-9][0-9]{1,3}|10[0-7][0-9]{2}|10800)$"' };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
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
      if (!validate54(data42, { instancePath: instancePath + "/template", parentData: data, parentDataProperty: "template", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs113 === errors;
      if (_valid6) {
        valid31 = true;
        passing0 = 0;
      }
      const _errs114 = errors;
      if (data42 !== null) {
        const err89 = { instancePath: instancePath + "/template", schemaPath: "#/properties/template/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
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
        const err90 = { instancePath: instancePath + "/template", schemaPath: "#/properties/template/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
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
      if (!validate62(data43, { instancePath: instancePath + "/interactive", parentData: data, parentDataProperty: "interactive", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
      var _valid7 = _errs118 === errors;
      if (_valid7) {
        valid32 = true;
        passing1 = 0;
      }
      const _errs119 = errors;
      if (data43 !== null) {
        const err91 = { instancePath: instancePath + "/interactive", schemaPath: "#/properties/interactive/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
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
        const err92 = { instancePath: instancePath + "/interactive", schemaPath: "#/properties/interactive/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
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
      if (!validate57(data44, { instancePath: instancePath + "/location", parentData: data, parentDataProperty: "location", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
      var _valid8 = _errs123 === errors;
      if (_valid8) {
        valid33 = true;
        passing2 = 0;
      }
      const _errs124 = errors;
      if (data44 !== null) {
        const err93 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
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
        const err94 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
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
        const err95 = { instancePath: instancePath + "/dlt_entity_id", schemaPath: "#/properties/dlt_entity_id/type", keyword: "type", params: { type: schema20.properties.dlt_entity_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
      if (typeof data45 === "string") {
        if (func1(data45) < 1) {
          const err96 = { instancePath: instancePath + "/dlt_entity_id", schemaPath: "#/properties/dlt_entity_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
          }
          errors++;
        }
      }
    }
    if (data.dlt_template_id !== void 0) {
      let data46 = data.dlt_template_id;
      if (typeof data46 !== "string" && data46 !== null) {
        const err97 = { instancePath: instancePath + "/dlt_template_id", schemaPath: "#/properties/dlt_template_id/type", keyword: "type", params: { type: schema20.properties.dlt_template_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
      if (typeof data46 === "string") {
        if (func1(data46) < 1) {
          const err98 = { instancePath: instancePath + "/dlt_template_id", schemaPath: "#/properties/dlt_template_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
      }
    }
    if (data.dlt_template_category !== void 0) {
      let data47 = data.dlt_template_category;
      if (typeof data47 !== "string" && data47 !== null) {
        const err99 = { instancePath: instancePath + "/dlt_template_category", schemaPath: "#/properties/dlt_template_category/type", keyword: "type", params: { type: schema20.properties.dlt_template_category.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
      if (!(data47 === "transactional" || data47 === "promotional" || data47 === "service_implicit" || data47 === "service_explicit" || data47 === null)) {
        const err100 = { instancePath: instancePath + "/dlt_template_category", schemaPath: "#/properties/dlt_template_category/enum", keyword: "enum", params: { allowedValues: schema20.properties.dlt_template_category.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
  } else {
    const err101 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err101];
    } else {
      vErrors.push(err101);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var isWhatsAppTemplate = validate65;
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.language === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property 'language'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "language" || key0 === "components")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.language !== void 0) {
      let data1 = data.language;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err5 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data2 = data.components;
      if (!Array.isArray(data2) && data2 !== null) {
        const err7 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: schema21.properties.components.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate55(data2[i0], { instancePath: instancePath + "/components/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var isWhatsAppInteractive = validate67;
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("list" !== data.type) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
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
            const err1 = { instancePath: instancePath + "/action", schemaPath: "#/allOf/0/then/properties/action/required", keyword: "required", params: { missingProperty: "sections" }, message: "must have required property 'sections'" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data1.sections !== void 0) {
            let data2 = data1.sections;
            if (Array.isArray(data2)) {
              if (data2.length < 1) {
                const err2 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/0/then/properties/action/properties/sections/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            } else {
              const err3 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/0/then/properties/action/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data1.buttons !== void 0) {
            let data3 = data1.buttons;
            if (Array.isArray(data3)) {
              if (data3.length > 1) {
                const err4 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/0/then/properties/action/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
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
      var props0 = {};
      props0.action = true;
      props0.type = true;
    }
  }
  if (!valid1) {
    const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs11 = errors;
  let valid5 = true;
  const _errs12 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("button" !== data.type) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
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
            const err7 = { instancePath: instancePath + "/action", schemaPath: "#/allOf/1/then/properties/action/required", keyword: "required", params: { missingProperty: "buttons" }, message: "must have required property 'buttons'" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data5.buttons !== void 0) {
            let data6 = data5.buttons;
            if (Array.isArray(data6)) {
              if (data6.length < 1) {
                const err8 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/1/then/properties/action/properties/buttons/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              const len0 = data6.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                  if (data7.id === void 0) {
                    const err9 = { instancePath: instancePath + "/action/buttons/" + i0, schemaPath: "#/allOf/1/then/properties/action/properties/buttons/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                  if (data7.id !== void 0) {
                    if (typeof data7.id !== "string") {
                      const err10 = { instancePath: instancePath + "/action/buttons/" + i0 + "/id", schemaPath: "#/allOf/1/then/properties/action/properties/buttons/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  }
                }
              }
            } else {
              const err11 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/1/then/properties/action/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data5.sections !== void 0) {
            let data9 = data5.sections;
            if (Array.isArray(data9)) {
              if (data9.length > 0) {
                const err12 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/1/then/properties/action/properties/sections/maxItems", keyword: "maxItems", params: { limit: 0 }, message: "must NOT have more than 0 items" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
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
      var props1 = {};
      props1.action = true;
      props1.type = true;
    }
  }
  if (!valid5) {
    const err13 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs23 = errors;
  let valid12 = true;
  const _errs24 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("cta_url" !== data.type) {
        const err14 = {};
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
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
            const err15 = { instancePath: instancePath + "/action", schemaPath: "#/allOf/2/then/properties/action/required", keyword: "required", params: { missingProperty: "buttons" }, message: "must have required property 'buttons'" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (data11.buttons !== void 0) {
            let data12 = data11.buttons;
            if (Array.isArray(data12)) {
              if (data12.length > 1) {
                const err16 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (data12.length < 1) {
                const err17 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              const len1 = data12.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data13 = data12[i1];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                  if (data13.cta_url === void 0) {
                    const err18 = { instancePath: instancePath + "/action/buttons/" + i1, schemaPath: "#/allOf/2/then/properties/action/properties/buttons/items/required", keyword: "required", params: { missingProperty: "cta_url" }, message: "must have required property 'cta_url'" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                  if (data13.cta_url !== void 0) {
                    if (typeof data13.cta_url !== "string") {
                      const err19 = { instancePath: instancePath + "/action/buttons/" + i1 + "/cta_url", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/items/properties/cta_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  }
                }
              }
            } else {
              const err20 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data11.sections !== void 0) {
            let data15 = data11.sections;
            if (Array.isArray(data15)) {
              if (data15.length > 0) {
                const err21 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/2/then/properties/action/properties/sections/maxItems", keyword: "maxItems", params: { limit: 0 }, message: "must NOT have more than 0 items" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
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
      var props2 = {};
      props2.action = true;
      props2.type = true;
    }
  }
  if (!valid12) {
    const err22 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err23 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.body === void 0) {
      const err24 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err25 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "header" || key0 === "body" || key0 === "footer" || key0 === "action")) {
        const err26 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data16 = data.type;
      if (typeof data16 !== "string") {
        const err27 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (!(data16 === "list" || data16 === "button" || data16 === "cta_url")) {
        const err28 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema25.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.header !== void 0) {
      let data17 = data.header;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
        const err29 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/type", keyword: "type", params: { type: schema25.properties.header.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      const _errs40 = errors;
      let valid21 = true;
      const _errs41 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type !== void 0) {
          if ("text" !== data17.type) {
            const err30 = {};
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
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
            const err31 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/allOf/0/then/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (data17.text !== void 0) {
            if (typeof data17.text !== "string") {
              const err32 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/allOf/0/then/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        }
        var _valid3 = _errs43 === errors;
        valid21 = _valid3;
        if (valid21) {
          var props3 = {};
          props3.text = true;
          props3.type = true;
        }
      }
      if (!valid21) {
        const err33 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      const _errs47 = errors;
      let valid24 = true;
      const _errs48 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type !== void 0) {
          if ("media" !== data17.type) {
            const err34 = {};
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
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
            const err35 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/allOf/1/then/required", keyword: "required", params: { missingProperty: "media" }, message: "must have required property 'media'" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (data17.media !== void 0) {
            if (typeof data17.media !== "string") {
              const err36 = { instancePath: instancePath + "/header/media", schemaPath: "#/properties/header/allOf/1/then/properties/media/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        var _valid4 = _errs50 === errors;
        valid24 = _valid4;
        if (valid24) {
          var props4 = {};
          props4.media = true;
          props4.type = true;
        }
      }
      if (!valid24) {
        const err37 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (props3 !== true && props4 !== void 0) {
        if (props4 === true) {
          props3 = true;
        } else {
          props3 = props3 || {};
          Object.assign(props3, props4);
        }
      }
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type === void 0) {
          const err38 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key1 in data17) {
          if (!(key1 === "type" || key1 === "text" || key1 === "media")) {
            const err39 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data17.type !== void 0) {
          let data22 = data17.type;
          if (typeof data22 !== "string") {
            const err40 = { instancePath: instancePath + "/header/type", schemaPath: "#/properties/header/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (!(data22 === "text" || data22 === "media")) {
            const err41 = { instancePath: instancePath + "/header/type", schemaPath: "#/properties/header/properties/type/enum", keyword: "enum", params: { allowedValues: schema25.properties.header.properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data17.text !== void 0) {
          let data23 = data17.text;
          if (typeof data23 !== "string" && data23 !== null) {
            const err42 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/properties/text/type", keyword: "type", params: { type: schema25.properties.header.properties.text.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data23 === "string") {
            if (func1(data23) > 60) {
              const err43 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/properties/text/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (func1(data23) < 1) {
              const err44 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data17.media !== void 0) {
          let data24 = data17.media;
          if (typeof data24 !== "string" && data24 !== null) {
            const err45 = { instancePath: instancePath + "/header/media", schemaPath: "#/properties/header/properties/media/type", keyword: "type", params: { type: schema25.properties.header.properties.media.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data24 === "string") {
            if (!formats0(data24)) {
              const err46 = { instancePath: instancePath + "/header/media", schemaPath: "#/properties/header/properties/media/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
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
          const err47 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key2 in data25) {
          if (!(key2 === "text")) {
            const err48 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data25.text !== void 0) {
          let data26 = data25.text;
          if (typeof data26 === "string") {
            if (func1(data26) > 1024) {
              const err49 = { instancePath: instancePath + "/body/text", schemaPath: "#/properties/body/properties/text/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (func1(data26) < 1) {
              const err50 = { instancePath: instancePath + "/body/text", schemaPath: "#/properties/body/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/body/text", schemaPath: "#/properties/body/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.footer !== void 0) {
      let data27 = data.footer;
      if (!(data27 && typeof data27 == "object" && !Array.isArray(data27)) && data27 !== null) {
        const err53 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/type", keyword: "type", params: { type: schema25.properties.footer.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.text === void 0) {
          const err54 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key3 in data27) {
          if (!(key3 === "text")) {
            const err55 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data27.text !== void 0) {
          let data28 = data27.text;
          if (typeof data28 === "string") {
            if (func1(data28) > 60) {
              const err56 = { instancePath: instancePath + "/footer/text", schemaPath: "#/properties/footer/properties/text/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (func1(data28) < 1) {
              const err57 = { instancePath: instancePath + "/footer/text", schemaPath: "#/properties/footer/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/footer/text", schemaPath: "#/properties/footer/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
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
            const err59 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data29.buttons !== void 0) {
          let data30 = data29.buttons;
          if (!Array.isArray(data30) && data30 !== null) {
            const err60 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/properties/action/properties/buttons/type", keyword: "type", params: { type: schema25.properties.action.properties.buttons.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (Array.isArray(data30)) {
            if (data30.length > 3) {
              const err61 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/properties/action/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            const len2 = data30.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data31 = data30[i2];
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.title === void 0) {
                  const err62 = { instancePath: instancePath + "/action/buttons/" + i2, schemaPath: "#/properties/action/properties/buttons/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                for (const key5 in data31) {
                  if (!(key5 === "id" || key5 === "title" || key5 === "cta_url")) {
                    const err63 = { instancePath: instancePath + "/action/buttons/" + i2, schemaPath: "#/properties/action/properties/buttons/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data31.id !== void 0) {
                  let data32 = data31.id;
                  if (typeof data32 !== "string" && data32 !== null) {
                    const err64 = { instancePath: instancePath + "/action/buttons/" + i2 + "/id", schemaPath: "#/properties/action/properties/buttons/items/properties/id/type", keyword: "type", params: { type: schema25.properties.action.properties.buttons.items.properties.id.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                  if (typeof data32 === "string") {
                    if (func1(data32) > 256) {
                      const err65 = { instancePath: instancePath + "/action/buttons/" + i2 + "/id", schemaPath: "#/properties/action/properties/buttons/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                    if (func1(data32) < 1) {
                      const err66 = { instancePath: instancePath + "/action/buttons/" + i2 + "/id", schemaPath: "#/properties/action/properties/buttons/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  }
                }
                if (data31.title !== void 0) {
                  let data33 = data31.title;
                  if (typeof data33 === "string") {
                    if (func1(data33) > 20) {
                      const err67 = { instancePath: instancePath + "/action/buttons/" + i2 + "/title", schemaPath: "#/properties/action/properties/buttons/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (func1(data33) < 1) {
                      const err68 = { instancePath: instancePath + "/action/buttons/" + i2 + "/title", schemaPath: "#/properties/action/properties/buttons/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/action/buttons/" + i2 + "/title", schemaPath: "#/properties/action/properties/buttons/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data31.cta_url !== void 0) {
                  let data34 = data31.cta_url;
                  if (typeof data34 !== "string" && data34 !== null) {
                    const err70 = { instancePath: instancePath + "/action/buttons/" + i2 + "/cta_url", schemaPath: "#/properties/action/properties/buttons/items/properties/cta_url/type", keyword: "type", params: { type: schema25.properties.action.properties.buttons.items.properties.cta_url.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                  if (typeof data34 === "string") {
                    if (!formats0(data34)) {
                      const err71 = { instancePath: instancePath + "/action/buttons/" + i2 + "/cta_url", schemaPath: "#/properties/action/properties/buttons/items/properties/cta_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/action/buttons/" + i2, schemaPath: "#/properties/action/properties/buttons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          }
        }
        if (data29.sections !== void 0) {
          let data35 = data29.sections;
          if (!Array.isArray(data35) && data35 !== null) {
            const err73 = { instancePath: instancePath + "/action/sections", schemaPath: "#/properties/action/properties/sections/type", keyword: "type", params: { type: schema25.properties.action.properties.sections.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (Array.isArray(data35)) {
            if (data35.length > 10) {
              const err74 = { instancePath: instancePath + "/action/sections", schemaPath: "#/properties/action/properties/sections/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            const len3 = data35.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data36 = data35[i3];
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.rows === void 0) {
                  const err75 = { instancePath: instancePath + "/action/sections/" + i3, schemaPath: "#/properties/action/properties/sections/items/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                for (const key6 in data36) {
                  if (!(key6 === "title" || key6 === "rows")) {
                    const err76 = { instancePath: instancePath + "/action/sections/" + i3, schemaPath: "#/properties/action/properties/sections/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data36.title !== void 0) {
                  let data37 = data36.title;
                  if (typeof data37 !== "string" && data37 !== null) {
                    const err77 = { instancePath: instancePath + "/action/sections/" + i3 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/title/type", keyword: "type", params: { type: schema25.properties.action.properties.sections.items.properties.title.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                  if (typeof data37 === "string") {
                    if (func1(data37) > 24) {
                      const err78 = { instancePath: instancePath + "/action/sections/" + i3 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 24 }, message: "must NOT have more than 24 characters" };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                    if (func1(data37) < 1) {
                      const err79 = { instancePath: instancePath + "/action/sections/" + i3 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  }
                }
                if (data36.rows !== void 0) {
                  let data38 = data36.rows;
                  if (Array.isArray(data38)) {
                    if (data38.length > 10) {
                      const err80 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows", schemaPath: "#/properties/action/properties/sections/items/properties/rows/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                    if (data38.length < 1) {
                      const err81 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows", schemaPath: "#/properties/action/properties/sections/items/properties/rows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                    const len4 = data38.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data39 = data38[i4];
                      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                        if (data39.id === void 0) {
                          const err82 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                          if (vErrors === null) {
                            vErrors = [err82];
                          } else {
                            vErrors.push(err82);
                          }
                          errors++;
                        }
                        if (data39.title === void 0) {
                          const err83 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        }
                        for (const key7 in data39) {
                          if (!(key7 === "id" || key7 === "title" || key7 === "description")) {
                            const err84 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                        }
                        if (data39.id !== void 0) {
                          let data40 = data39.id;
                          if (typeof data40 === "string") {
                            if (func1(data40) > 200) {
                              const err85 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                              if (vErrors === null) {
                                vErrors = [err85];
                              } else {
                                vErrors.push(err85);
                              }
                              errors++;
                            }
                            if (func1(data40) < 1) {
                              const err86 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err86];
                              } else {
                                vErrors.push(err86);
                              }
                              errors++;
                            }
                          } else {
                            const err87 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                        }
                        if (data39.title !== void 0) {
                          let data41 = data39.title;
                          if (typeof data41 === "string") {
                            if (func1(data41) > 24) {
                              const err88 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 24 }, message: "must NOT have more than 24 characters" };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                            if (func1(data41) < 1) {
                              const err89 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                            }
                          } else {
                            const err90 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          }
                        }
                        if (data39.description !== void 0) {
                          let data42 = data39.description;
                          if (typeof data42 !== "string" && data42 !== null) {
                            const err91 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/description", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/description/type", keyword: "type", params: { type: schema25.properties.action.properties.sections.items.properties.rows.items.properties.description.type }, message: "must be string,null" };
                            if (vErrors === null) {
                              vErrors = [err91];
                            } else {
                              vErrors.push(err91);
                            }
                            errors++;
                          }
                          if (typeof data42 === "string") {
                            if (func1(data42) > 72) {
                              const err92 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/description", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 72 }, message: "must NOT have more than 72 characters" };
                              if (vErrors === null) {
                                vErrors = [err92];
                              } else {
                                vErrors.push(err92);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err93 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows", schemaPath: "#/properties/action/properties/sections/items/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
              } else {
                const err95 = { instancePath: instancePath + "/action/sections/" + i3, schemaPath: "#/properties/action/properties/sections/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
  } else {
    const err97 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err97];
    } else {
      vErrors.push(err97);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var isWhatsAppLocation = validate68;
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.latitude === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latitude" }, message: "must have required property 'latitude'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.longitude === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "longitude" }, message: "must have required property 'longitude'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "latitude" || key0 === "longitude" || key0 === "name" || key0 === "address")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.latitude !== void 0) {
      let data0 = data.latitude;
      if (typeof data0 === "string") {
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/latitude", schemaPath: "#/properties/latitude/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$" }, message: 'must match pattern "^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/latitude", schemaPath: "#/properties/latitude/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.longitude !== void 0) {
      let data1 = data.longitude;
      if (typeof data1 === "string") {
        if (!pattern11.test(data1)) {
          const err5 = { instancePath: instancePath + "/longitude", schemaPath: "#/properties/longitude/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$" }, message: 'must match pattern "^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/longitude", schemaPath: "#/properties/longitude/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema24.properties.name.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func1(data2) > 1e3) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.address !== void 0) {
      let data3 = data.address;
      if (typeof data3 !== "string" && data3 !== null) {
        const err9 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: schema24.properties.address.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func1(data3) > 1e3) {
          const err10 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var isSendMessageResponse = validate69;
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.api_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "api_id" }, message: "must have required property 'api_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message_uuid === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_uuid" }, message: "must have required property 'message_uuid'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        const err3 = { instancePath: instancePath + "/api_id", schemaPath: "#/properties/api_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err4 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.message_uuid !== void 0) {
      let data2 = data.message_uuid;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err5 = { instancePath: instancePath + "/message_uuid/" + i0, schemaPath: "#/properties/message_uuid/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/message_uuid", schemaPath: "#/properties/message_uuid/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.invalid_number !== void 0) {
      let data4 = data.invalid_number;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data4[i1] !== "string") {
            const err7 = { instancePath: instancePath + "/invalid_number/" + i1, schemaPath: "#/properties/invalid_number/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/invalid_number", schemaPath: "#/properties/invalid_number/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      if (typeof data.error !== "string") {
        const err9 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { "props": { "api_id": true, "message": true, "message_uuid": true, "invalid_number": true, "error": true }, "dynamicProps": false, "dynamicItems": false };
var isMessage = validate70;
var schema30 = {"properties":{"message_time":{"type":["string","null"]},"message_sent_time":{"type":["string","null"]},"message_updated_time":{"type":["string","null"]},"message_direction":{"enum":["inbound","outbound"]},"from_number":{"type":["string","null"]},"to_number":{"type":["string","null"]},"units":{"type":["integer","null"]},"total_rate":{"type":["string","null"]},"total_amount":{"type":["string","null"]},"error_code":{"type":["string","null"]},"error_message":{"type":["string","null"]},"resource_uri":{"type":["string","null"]},"powerpack_id":{"type":["string","null"]},"requester_ip":{"type":["string","null"]},"replaced_sender":{"type":["string","null"]},"is_domestic":{"type":["boolean","null"]},"destination_country_iso2":{"type":["string","null"]},"destination_network":{"type":["string","null"]},"carrier_fees":{"type":["string","null"]},"carrier_fees_rate":{"type":["string","null"]},"tendlc_campaign_id":{"type":["string","null"]},"tendlc_registration_status":{"type":["string","null"]},"dlt_entity_id":{"type":["string","null"]},"dlt_template_id":{"type":["string","null"]},"dlt_template_category":{"type":["string","null"]},"conversation_id":{"type":["string","null"]},"conversation_expiration_timestamp":{"type":["string","null"]},"log":{"type":["string","null"]},"cloud_rate":{"type":["string","null"]},"carrier_rate":{"type":["string","null"]}}};
var schema31 = {"enum":["queued","sent","failed","delivered","undelivered","read","rejected","received","deleted"]};
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "queued" || data === "sent" || data === "failed" || data === "delivered" || data === "undelivered" || data === "read" || data === "rejected" || data === "received" || data === "deleted")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema31.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema32 = {"enum":["sms","mms","whatsapp"]};
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "sms" || data === "mms" || data === "whatsapp")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema33 = {"enum":["service","utility","authentication","marketing"]};
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate75.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "service" || data === "utility" || data === "authentication" || data === "marketing")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_uuid === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_uuid" }, message: "must have required property 'message_uuid'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message_direction === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_direction" }, message: "must have required property 'message_direction'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message_state === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_state" }, message: "must have required property 'message_state'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.message_type === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_type" }, message: "must have required property 'message_type'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        const err4 = { instancePath: instancePath + "/api_id", schemaPath: "#/properties/api_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.message_uuid !== void 0) {
      if (typeof data.message_uuid !== "string") {
        const err5 = { instancePath: instancePath + "/message_uuid", schemaPath: "#/properties/message_uuid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.message_time !== void 0) {
      let data2 = data.message_time;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/message_time", schemaPath: "#/properties/message_time/type", keyword: "type", params: { type: schema30.properties.message_time.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.message_sent_time !== void 0) {
      let data3 = data.message_sent_time;
      if (typeof data3 !== "string" && data3 !== null) {
        const err7 = { instancePath: instancePath + "/message_sent_time", schemaPath: "#/properties/message_sent_time/type", keyword: "type", params: { type: schema30.properties.message_sent_time.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.message_updated_time !== void 0) {
      let data4 = data.message_updated_time;
      if (typeof data4 !== "string" && data4 !== null) {
        const err8 = { instancePath: instancePath + "/message_updated_time", schemaPath: "#/properties/message_updated_time/type", keyword: "type", params: { type: schema30.properties.message_updated_time.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.message_direction !== void 0) {
      let data5 = data.message_direction;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/message_direction", schemaPath: "#/properties/message_direction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data5 === "inbound" || data5 === "outbound")) {
        const err10 = { instancePath: instancePath + "/message_direction", schemaPath: "#/properties/message_direction/enum", keyword: "enum", params: { allowedValues: schema30.properties.message_direction.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.message_state !== void 0) {
      if (!validate71(data.message_state, { instancePath: instancePath + "/message_state", parentData: data, parentDataProperty: "message_state", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_type !== void 0) {
      if (!validate73(data.message_type, { instancePath: instancePath + "/message_type", parentData: data, parentDataProperty: "message_type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.from_number !== void 0) {
      let data8 = data.from_number;
      if (typeof data8 !== "string" && data8 !== null) {
        const err11 = { instancePath: instancePath + "/from_number", schemaPath: "#/properties/from_number/type", keyword: "type", params: { type: schema30.properties.from_number.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.to_number !== void 0) {
      let data9 = data.to_number;
      if (typeof data9 !== "string" && data9 !== null) {
        const err12 = { instancePath: instancePath + "/to_number", schemaPath: "#/properties/to_number/type", keyword: "type", params: { type: schema30.properties.to_number.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.units !== void 0) {
      let data10 = data.units;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10)) && data10 !== null) {
        const err13 = { instancePath: instancePath + "/units", schemaPath: "#/properties/units/type", keyword: "type", params: { type: schema30.properties.units.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 0 || isNaN(data10)) {
          const err14 = { instancePath: instancePath + "/units", schemaPath: "#/properties/units/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.total_rate !== void 0) {
      let data11 = data.total_rate;
      if (typeof data11 !== "string" && data11 !== null) {
        const err15 = { instancePath: instancePath + "/total_rate", schemaPath: "#/properties/total_rate/type", keyword: "type", params: { type: schema30.properties.total_rate.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.total_amount !== void 0) {
      let data12 = data.total_amount;
      if (typeof data12 !== "string" && data12 !== null) {
        const err16 = { instancePath: instancePath + "/total_amount", schemaPath: "#/properties/total_amount/type", keyword: "type", params: { type: schema30.properties.total_amount.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.error_code !== void 0) {
      let data13 = data.error_code;
      if (typeof data13 !== "string" && data13 !== null) {
        const err17 = { instancePath: instancePath + "/error_code", schemaPath: "#/properties/error_code/type", keyword: "type", params: { type: schema30.properties.error_code.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.error_message !== void 0) {
      let data14 = data.error_message;
      if (typeof data14 !== "string" && data14 !== null) {
        const err18 = { instancePath: instancePath + "/error_message", schemaPath: "#/properties/error_message/type", keyword: "type", params: { type: schema30.properties.error_message.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.resource_uri !== void 0) {
      let data15 = data.resource_uri;
      if (typeof data15 !== "string" && data15 !== null) {
        const err19 = { instancePath: instancePath + "/resource_uri", schemaPath: "#/properties/resource_uri/type", keyword: "type", params: { type: schema30.properties.resource_uri.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.powerpack_id !== void 0) {
      let data16 = data.powerpack_id;
      if (typeof data16 !== "string" && data16 !== null) {
        const err20 = { instancePath: instancePath + "/powerpack_id", schemaPath: "#/properties/powerpack_id/type", keyword: "type", params: { type: schema30.properties.powerpack_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.requester_ip !== void 0) {
      let data17 = data.requester_ip;
      if (typeof data17 !== "string" && data17 !== null) {
        const err21 = { instancePath: instancePath + "/requester_ip", schemaPath: "#/properties/requester_ip/type", keyword: "type", params: { type: schema30.properties.requester_ip.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.replaced_sender !== void 0) {
      let data18 = data.replaced_sender;
      if (typeof data18 !== "string" && data18 !== null) {
        const err22 = { instancePath: instancePath + "/replaced_sender", schemaPath: "#/properties/replaced_sender/type", keyword: "type", params: { type: schema30.properties.replaced_sender.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.is_domestic !== void 0) {
      let data19 = data.is_domestic;
      if (typeof data19 !== "boolean" && data19 !== null) {
        const err23 = { instancePath: instancePath + "/is_domestic", schemaPath: "#/properties/is_domestic/type", keyword: "type", params: { type: schema30.properties.is_domestic.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.destination_country_iso2 !== void 0) {
      let data20 = data.destination_country_iso2;
      if (typeof data20 !== "string" && data20 !== null) {
        const err24 = { instancePath: instancePath + "/destination_country_iso2", schemaPath: "#/properties/destination_country_iso2/type", keyword: "type", params: { type: schema30.properties.destination_country_iso2.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.destination_network !== void 0) {
      let data21 = data.destination_network;
      if (typeof data21 !== "string" && data21 !== null) {
        const err25 = { instancePath: instancePath + "/destination_network", schemaPath: "#/properties/destination_network/type", keyword: "type", params: { type: schema30.properties.destination_network.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.carrier_fees !== void 0) {
      let data22 = data.carrier_fees;
      if (typeof data22 !== "string" && data22 !== null) {
        const err26 = { instancePath: instancePath + "/carrier_fees", schemaPath: "#/properties/carrier_fees/type", keyword: "type", params: { type: schema30.properties.carrier_fees.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.carrier_fees_rate !== void 0) {
      let data23 = data.carrier_fees_rate;
      if (typeof data23 !== "string" && data23 !== null) {
        const err27 = { instancePath: instancePath + "/carrier_fees_rate", schemaPath: "#/properties/carrier_fees_rate/type", keyword: "type", params: { type: schema30.properties.carrier_fees_rate.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.tendlc_campaign_id !== void 0) {
      let data24 = data.tendlc_campaign_id;
      if (typeof data24 !== "string" && data24 !== null) {
        const err28 = { instancePath: instancePath + "/tendlc_campaign_id", schemaPath: "#/properties/tendlc_campaign_id/type", keyword: "type", params: { type: schema30.properties.tendlc_campaign_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.tendlc_registration_status !== void 0) {
      let data25 = data.tendlc_registration_status;
      if (typeof data25 !== "string" && data25 !== null) {
        const err29 = { instancePath: instancePath + "/tendlc_registration_status", schemaPath: "#/properties/tendlc_registration_status/type", keyword: "type", params: { type: schema30.properties.tendlc_registration_status.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.dlt_entity_id !== void 0) {
      let data26 = data.dlt_entity_id;
      if (typeof data26 !== "string" && data26 !== null) {
        const err30 = { instancePath: instancePath + "/dlt_entity_id", schemaPath: "#/properties/dlt_entity_id/type", keyword: "type", params: { type: schema30.properties.dlt_entity_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.dlt_template_id !== void 0) {
      let data27 = data.dlt_template_id;
      if (typeof data27 !== "string" && data27 !== null) {
        const err31 = { instancePath: instancePath + "/dlt_template_id", schemaPath: "#/properties/dlt_template_id/type", keyword: "type", params: { type: schema30.properties.dlt_template_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.dlt_template_category !== void 0) {
      let data28 = data.dlt_template_category;
      if (typeof data28 !== "string" && data28 !== null) {
        const err32 = { instancePath: instancePath + "/dlt_template_category", schemaPath: "#/properties/dlt_template_category/type", keyword: "type", params: { type: schema30.properties.dlt_template_category.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.conversation_id !== void 0) {
      let data29 = data.conversation_id;
      if (typeof data29 !== "string" && data29 !== null) {
        const err33 = { instancePath: instancePath + "/conversation_id", schemaPath: "#/properties/conversation_id/type", keyword: "type", params: { type: schema30.properties.conversation_id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.conversation_origin !== void 0) {
      let data30 = data.conversation_origin;
      const _errs60 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs61 = errors;
      if (!validate75(data30, { instancePath: instancePath + "/conversation_origin", parentData: data, parentDataProperty: "conversation_origin", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs61 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs62 = errors;
      if (data30 !== null) {
        const err34 = { instancePath: instancePath + "/conversation_origin", schemaPath: "#/properties/conversation_origin/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
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
          const err35 = { instancePath: instancePath + "/conversation_origin", schemaPath: "#/properties/conversation_origin/oneOf/2/const", keyword: "const", params: { allowedValue: "" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
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
        const err36 = { instancePath: instancePath + "/conversation_origin", schemaPath: "#/properties/conversation_origin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
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
        const err37 = { instancePath: instancePath + "/conversation_expiration_timestamp", schemaPath: "#/properties/conversation_expiration_timestamp/type", keyword: "type", params: { type: schema30.properties.conversation_expiration_timestamp.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.log !== void 0) {
      let data32 = data.log;
      if (typeof data32 !== "string" && data32 !== null) {
        const err38 = { instancePath: instancePath + "/log", schemaPath: "#/properties/log/type", keyword: "type", params: { type: schema30.properties.log.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.cloud_rate !== void 0) {
      let data33 = data.cloud_rate;
      if (typeof data33 !== "string" && data33 !== null) {
        const err39 = { instancePath: instancePath + "/cloud_rate", schemaPath: "#/properties/cloud_rate/type", keyword: "type", params: { type: schema30.properties.cloud_rate.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.carrier_rate !== void 0) {
      let data34 = data.carrier_rate;
      if (typeof data34 !== "string" && data34 !== null) {
        const err40 = { instancePath: instancePath + "/carrier_rate", schemaPath: "#/properties/carrier_rate/type", keyword: "type", params: { type: schema30.properties.carrier_rate.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { "props": { "api_id": true, "message_uuid": true, "message_time": true, "message_sent_time": true, "message_updated_time": true, "message_direction": true, "message_state": true, "message_type": true, "from_number": true, "to_number": true, "units": true, "total_rate": true, "total_amount": true, "error_code": true, "error_message": true, "resource_uri": true, "powerpack_id": true, "requester_ip": true, "replaced_sender": true, "is_domestic": true, "destination_country_iso2": true, "destination_network": true, "carrier_fees": true, "carrier_fees_rate": true, "tendlc_campaign_id": true, "tendlc_registration_status": true, "dlt_entity_id": true, "dlt_template_id": true, "dlt_template_category": true, "conversation_id": true, "conversation_origin": true, "conversation_expiration_timestamp": true, "log": true, "cloud_rate": true, "carrier_rate": true }, "dynamicProps": false, "dynamicItems": false };
var isMessageList = validate77;
var schema34 = {"properties":{"meta":{"properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]}}}}};
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate77.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.meta === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meta" }, message: "must have required property 'meta'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.objects === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "objects" }, message: "must have required property 'objects'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        const err2 = { instancePath: instancePath + "/api_id", schemaPath: "#/properties/api_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.meta !== void 0) {
      let data1 = data.meta;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.limit === void 0) {
          const err3 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.offset === void 0) {
          const err4 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "offset" }, message: "must have required property 'offset'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.limit !== void 0) {
          let data2 = data1.limit;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err5 = { instancePath: instancePath + "/meta/limit", schemaPath: "#/properties/meta/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 20 || isNaN(data2)) {
              const err6 = { instancePath: instancePath + "/meta/limit", schemaPath: "#/properties/meta/properties/limit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2 < 1 || isNaN(data2)) {
              const err7 = { instancePath: instancePath + "/meta/limit", schemaPath: "#/properties/meta/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
        if (data1.offset !== void 0) {
          let data3 = data1.offset;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
            const err8 = { instancePath: instancePath + "/meta/offset", schemaPath: "#/properties/meta/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err9 = { instancePath: instancePath + "/meta/offset", schemaPath: "#/properties/meta/properties/offset/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
        if (data1.next !== void 0) {
          let data4 = data1.next;
          if (typeof data4 !== "string" && data4 !== null) {
            const err10 = { instancePath: instancePath + "/meta/next", schemaPath: "#/properties/meta/properties/next/type", keyword: "type", params: { type: schema34.properties.meta.properties.next.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.previous !== void 0) {
          let data5 = data1.previous;
          if (typeof data5 !== "string" && data5 !== null) {
            const err11 = { instancePath: instancePath + "/meta/previous", schemaPath: "#/properties/meta/properties/previous/type", keyword: "type", params: { type: schema34.properties.meta.properties.previous.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.total_count !== void 0) {
          let data6 = data1.total_count;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err12 = { instancePath: instancePath + "/meta/total_count", schemaPath: "#/properties/meta/properties/total_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err13 = { instancePath: instancePath + "/meta/total_count", schemaPath: "#/properties/meta/properties/total_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.objects !== void 0) {
      let data7 = data.objects;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate70(data7[i0], { instancePath: instancePath + "/objects/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/objects", schemaPath: "#/properties/objects/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
validate77.evaluated = { "props": { "api_id": true, "meta": true, "objects": true }, "dynamicProps": false, "dynamicItems": false };
var isMessageMediaList = validate79;
var schema35 = {"properties":{"objects":{"items":{"properties":{"size":{"type":["integer","string"]},"file_name":{"type":["string","null"]},"upload_time":{"type":["string","null"]}}}}}};
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.objects === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "objects" }, message: "must have required property 'objects'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        const err1 = { instancePath: instancePath + "/api_id", schemaPath: "#/properties/api_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.message_uuid !== void 0) {
      if (typeof data.message_uuid !== "string") {
        const err2 = { instancePath: instancePath + "/message_uuid", schemaPath: "#/properties/message_uuid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
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
              const err3 = { instancePath: instancePath + "/objects/" + i0, schemaPath: "#/properties/objects/items/required", keyword: "required", params: { missingProperty: "media_id" }, message: "must have required property 'media_id'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data3.media_url === void 0) {
              const err4 = { instancePath: instancePath + "/objects/" + i0, schemaPath: "#/properties/objects/items/required", keyword: "required", params: { missingProperty: "media_url" }, message: "must have required property 'media_url'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data3.content_type !== void 0) {
              if (typeof data3.content_type !== "string") {
                const err5 = { instancePath: instancePath + "/objects/" + i0 + "/content_type", schemaPath: "#/properties/objects/items/properties/content_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data3.media_id !== void 0) {
              if (typeof data3.media_id !== "string") {
                const err6 = { instancePath: instancePath + "/objects/" + i0 + "/media_id", schemaPath: "#/properties/objects/items/properties/media_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data3.media_url !== void 0) {
              if (typeof data3.media_url !== "string") {
                const err7 = { instancePath: instancePath + "/objects/" + i0 + "/media_url", schemaPath: "#/properties/objects/items/properties/media_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.message_uuid !== void 0) {
              if (typeof data3.message_uuid !== "string") {
                const err8 = { instancePath: instancePath + "/objects/" + i0 + "/message_uuid", schemaPath: "#/properties/objects/items/properties/message_uuid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.size !== void 0) {
              let data8 = data3.size;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && typeof data8 !== "string") {
                const err9 = { instancePath: instancePath + "/objects/" + i0 + "/size", schemaPath: "#/properties/objects/items/properties/size/type", keyword: "type", params: { type: schema35.properties.objects.items.properties.size.type }, message: "must be integer,string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.file_name !== void 0) {
              let data9 = data3.file_name;
              if (typeof data9 !== "string" && data9 !== null) {
                const err10 = { instancePath: instancePath + "/objects/" + i0 + "/file_name", schemaPath: "#/properties/objects/items/properties/file_name/type", keyword: "type", params: { type: schema35.properties.objects.items.properties.file_name.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.upload_time !== void 0) {
              let data10 = data3.upload_time;
              if (typeof data10 !== "string" && data10 !== null) {
                const err11 = { instancePath: instancePath + "/objects/" + i0 + "/upload_time", schemaPath: "#/properties/objects/items/properties/upload_time/type", keyword: "type", params: { type: schema35.properties.objects.items.properties.upload_time.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/objects/" + i0, schemaPath: "#/properties/objects/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/objects", schemaPath: "#/properties/objects/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { "props": { "api_id": true, "message_uuid": true, "objects": true }, "dynamicProps": false, "dynamicItems": false };
var isErrorBody = validate80;
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.error === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.api_id !== void 0) {
      if (typeof data.api_id !== "string") {
        const err1 = { instancePath: instancePath + "/api_id", schemaPath: "#/properties/api_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
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
        const err2 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
        const err3 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
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
        const err4 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
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
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { "props": { "api_id": true, "error": true }, "dynamicProps": false, "dynamicItems": false };
var isMessageStatusCallback = validate81;
var schema37 = {"properties":{"MessageUUID":0,"Status":0,"To":0,"From":0,"Type":0,"Units":0,"TotalRate":0,"TotalAmount":0,"MCC":0,"MNC":0,"ErrorCode":0,"ParentMessageUUID":0,"PartInfo":0,"Sequence":0,"MessageTime":0,"QueuedTime":0,"SentTime":0,"DeliveryReportTime":0,"requester_ip":0,"PowerpackUUID":0,"ConversationID":0,"ConversationOrigin":{"enum":["service","utility","authentication","marketing",""]},"ConversationExpirationTimestamp":0}};
var pattern14 = new RegExp("^[0-9]*$", "u");
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.MessageUUID === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "MessageUUID" }, message: "must have required property 'MessageUUID'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Status" }, message: "must have required property 'Status'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema37.properties, key0)) {
        if (typeof data[key0] !== "string") {
          const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        if (func1(data1) < 1) {
          const err3 = { instancePath: instancePath + "/MessageUUID", schemaPath: "#/properties/MessageUUID/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/MessageUUID", schemaPath: "#/properties/MessageUUID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Status !== void 0) {
      if (!validate71(data.Status, { instancePath: instancePath + "/Status", parentData: data, parentDataProperty: "Status", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.To !== void 0) {
      if (typeof data.To !== "string") {
        const err5 = { instancePath: instancePath + "/To", schemaPath: "#/properties/To/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.From !== void 0) {
      if (typeof data.From !== "string") {
        const err6 = { instancePath: instancePath + "/From", schemaPath: "#/properties/From/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.Type !== void 0) {
      if (!validate73(data.Type, { instancePath: instancePath + "/Type", parentData: data, parentDataProperty: "Type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.Units !== void 0) {
      let data6 = data.Units;
      if (typeof data6 === "string") {
        if (!pattern14.test(data6)) {
          const err7 = { instancePath: instancePath + "/Units", schemaPath: "#/properties/Units/pattern", keyword: "pattern", params: { pattern: "^[0-9]*$" }, message: 'must match pattern "^[0-9]*$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/Units", schemaPath: "#/properties/Units/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.TotalRate !== void 0) {
      if (typeof data.TotalRate !== "string") {
        const err9 = { instancePath: instancePath + "/TotalRate", schemaPath: "#/properties/TotalRate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.TotalAmount !== void 0) {
      if (typeof data.TotalAmount !== "string") {
        const err10 = { instancePath: instancePath + "/TotalAmount", schemaPath: "#/properties/TotalAmount/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.MCC !== void 0) {
      if (typeof data.MCC !== "string") {
        const err11 = { instancePath: instancePath + "/MCC", schemaPath: "#/properties/MCC/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.MNC !== void 0) {
      if (typeof data.MNC !== "string") {
        const err12 = { instancePath: instancePath + "/MNC", schemaPath: "#/properties/MNC/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.ErrorCode !== void 0) {
      if (typeof data.ErrorCode !== "string") {
        const err13 = { instancePath: instancePath + "/ErrorCode", schemaPath: "#/properties/ErrorCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.ParentMessageUUID !== void 0) {
      if (typeof data.ParentMessageUUID !== "string") {
        const err14 = { instancePath: instancePath + "/ParentMessageUUID", schemaPath: "#/properties/ParentMessageUUID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.PartInfo !== void 0) {
      if (typeof data.PartInfo !== "string") {
        const err15 = { instancePath: instancePath + "/PartInfo", schemaPath: "#/properties/PartInfo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.Sequence !== void 0) {
      let data14 = data.Sequence;
      if (typeof data14 === "string") {
        if (!pattern14.test(data14)) {
          const err16 = { instancePath: instancePath + "/Sequence", schemaPath: "#/properties/Sequence/pattern", keyword: "pattern", params: { pattern: "^[0-9]*$" }, message: 'must match pattern "^[0-9]*$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/Sequence", schemaPath: "#/properties/Sequence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.MessageTime !== void 0) {
      if (typeof data.MessageTime !== "string") {
        const err18 = { instancePath: instancePath + "/MessageTime", schemaPath: "#/properties/MessageTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.QueuedTime !== void 0) {
      if (typeof data.QueuedTime !== "string") {
        const err19 = { instancePath: instancePath + "/QueuedTime", schemaPath: "#/properties/QueuedTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.SentTime !== void 0) {
      if (typeof data.SentTime !== "string") {
        const err20 = { instancePath: instancePath + "/SentTime", schemaPath: "#/properties/SentTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.DeliveryReportTime !== void 0) {
      if (typeof data.DeliveryReportTime !== "string") {
        const err21 = { instancePath: instancePath + "/DeliveryReportTime", schemaPath: "#/properties/DeliveryReportTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.requester_ip !== void 0) {
      if (typeof data.requester_ip !== "string") {
        const err22 = { instancePath: instancePath + "/requester_ip", schemaPath: "#/properties/requester_ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.PowerpackUUID !== void 0) {
      if (typeof data.PowerpackUUID !== "string") {
        const err23 = { instancePath: instancePath + "/PowerpackUUID", schemaPath: "#/properties/PowerpackUUID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.ConversationID !== void 0) {
      if (typeof data.ConversationID !== "string") {
        const err24 = { instancePath: instancePath + "/ConversationID", schemaPath: "#/properties/ConversationID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.ConversationOrigin !== void 0) {
      let data22 = data.ConversationOrigin;
      if (typeof data22 !== "string") {
        const err25 = { instancePath: instancePath + "/ConversationOrigin", schemaPath: "#/properties/ConversationOrigin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (!(data22 === "service" || data22 === "utility" || data22 === "authentication" || data22 === "marketing" || data22 === "")) {
        const err26 = { instancePath: instancePath + "/ConversationOrigin", schemaPath: "#/properties/ConversationOrigin/enum", keyword: "enum", params: { allowedValues: schema37.properties.ConversationOrigin.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.ConversationExpirationTimestamp !== void 0) {
      if (typeof data.ConversationExpirationTimestamp !== "string") {
        const err27 = { instancePath: instancePath + "/ConversationExpirationTimestamp", schemaPath: "#/properties/ConversationExpirationTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var isListMessagesQuery = validate84;
var schema38 = {"properties":{"limit":0,"offset":0,"subaccount":0,"message_direction":{"enum":["inbound","outbound"]},"message_state":0,"message_type":0,"message_time":0,"message_time__gt":0,"message_time__gte":0,"message_time__lt":0,"message_time__lte":0,"error_code":{"type":["integer","string"]},"powerpack_id":0,"tendlc_campaign_id":0,"tendlc_registration_status":{"enum":["registered","unregistered"]},"destination_country_iso2":0,"conversation_id":0,"conversation_origin":0,"from_number":0,"to_number":0}};
var pattern16 = new RegExp("^SA[A-Z0-9]{18}$", "u");
var pattern18 = new RegExp("^[0-9]+$", "u");
var pattern19 = new RegExp("^[A-Z]{2}$", "u");
var pattern17 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?$", "u");
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern17.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func3.call(schema38.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.limit !== void 0) {
      let data0 = data.limit;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 20 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.offset !== void 0) {
      let data1 = data.offset;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err4 = { instancePath: instancePath + "/offset", schemaPath: "#/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/offset", schemaPath: "#/properties/offset/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.subaccount !== void 0) {
      let data2 = data.subaccount;
      if (typeof data2 === "string") {
        if (!pattern16.test(data2)) {
          const err6 = { instancePath: instancePath + "/subaccount", schemaPath: "#/properties/subaccount/pattern", keyword: "pattern", params: { pattern: "^SA[A-Z0-9]{18}$" }, message: 'must match pattern "^SA[A-Z0-9]{18}$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/subaccount", schemaPath: "#/properties/subaccount/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.message_direction !== void 0) {
      let data3 = data.message_direction;
      if (typeof data3 !== "string") {
        const err8 = { instancePath: instancePath + "/message_direction", schemaPath: "#/properties/message_direction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data3 === "inbound" || data3 === "outbound")) {
        const err9 = { instancePath: instancePath + "/message_direction", schemaPath: "#/properties/message_direction/enum", keyword: "enum", params: { allowedValues: schema38.properties.message_direction.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.message_state !== void 0) {
      if (!validate71(data.message_state, { instancePath: instancePath + "/message_state", parentData: data, parentDataProperty: "message_state", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_type !== void 0) {
      if (!validate73(data.message_type, { instancePath: instancePath + "/message_type", parentData: data, parentDataProperty: "message_type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time !== void 0) {
      if (!validate87(data.message_time, { instancePath: instancePath + "/message_time", parentData: data, parentDataProperty: "message_time", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__gt !== void 0) {
      if (!validate87(data.message_time__gt, { instancePath: instancePath + "/message_time__gt", parentData: data, parentDataProperty: "message_time__gt", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__gte !== void 0) {
      if (!validate87(data.message_time__gte, { instancePath: instancePath + "/message_time__gte", parentData: data, parentDataProperty: "message_time__gte", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__lt !== void 0) {
      if (!validate87(data.message_time__lt, { instancePath: instancePath + "/message_time__lt", parentData: data, parentDataProperty: "message_time__lt", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__lte !== void 0) {
      if (!validate87(data.message_time__lte, { instancePath: instancePath + "/message_time__lte", parentData: data, parentDataProperty: "message_time__lte", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.error_code !== void 0) {
      let data11 = data.error_code;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11)) && typeof data11 !== "string") {
        const err10 = { instancePath: instancePath + "/error_code", schemaPath: "#/properties/error_code/type", keyword: "type", params: { type: schema38.properties.error_code.type }, message: "must be integer,string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 0 || isNaN(data11)) {
          const err11 = { instancePath: instancePath + "/error_code", schemaPath: "#/properties/error_code/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (typeof data11 === "string") {
        if (!pattern18.test(data11)) {
          const err12 = { instancePath: instancePath + "/error_code", schemaPath: "#/properties/error_code/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.powerpack_id !== void 0) {
      let data12 = data.powerpack_id;
      if (typeof data12 === "string") {
        if (func1(data12) < 1) {
          const err13 = { instancePath: instancePath + "/powerpack_id", schemaPath: "#/properties/powerpack_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/powerpack_id", schemaPath: "#/properties/powerpack_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.tendlc_campaign_id !== void 0) {
      let data13 = data.tendlc_campaign_id;
      if (typeof data13 === "string") {
        if (func1(data13) < 1) {
          const err15 = { instancePath: instancePath + "/tendlc_campaign_id", schemaPath: "#/properties/tendlc_campaign_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/tendlc_campaign_id", schemaPath: "#/properties/tendlc_campaign_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.tendlc_registration_status !== void 0) {
      let data14 = data.tendlc_registration_status;
      if (typeof data14 !== "string") {
        const err17 = { instancePath: instancePath + "/tendlc_registration_status", schemaPath: "#/properties/tendlc_registration_status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data14 === "registered" || data14 === "unregistered")) {
        const err18 = { instancePath: instancePath + "/tendlc_registration_status", schemaPath: "#/properties/tendlc_registration_status/enum", keyword: "enum", params: { allowedValues: schema38.properties.tendlc_registration_status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.destination_country_iso2 !== void 0) {
      let data15 = data.destination_country_iso2;
      if (typeof data15 === "string") {
        if (!pattern19.test(data15)) {
          const err19 = { instancePath: instancePath + "/destination_country_iso2", schemaPath: "#/properties/destination_country_iso2/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/destination_country_iso2", schemaPath: "#/properties/destination_country_iso2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.conversation_id !== void 0) {
      let data16 = data.conversation_id;
      if (typeof data16 === "string") {
        if (func1(data16) < 1) {
          const err21 = { instancePath: instancePath + "/conversation_id", schemaPath: "#/properties/conversation_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/conversation_id", schemaPath: "#/properties/conversation_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.conversation_origin !== void 0) {
      if (!validate75(data.conversation_origin, { instancePath: instancePath + "/conversation_origin", parentData: data, parentDataProperty: "conversation_origin", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
        errors = vErrors.length;
      }
    }
    if (data.from_number !== void 0) {
      let data18 = data.from_number;
      if (typeof data18 === "string") {
        if (func1(data18) < 1) {
          const err23 = { instancePath: instancePath + "/from_number", schemaPath: "#/properties/from_number/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/from_number", schemaPath: "#/properties/from_number/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.to_number !== void 0) {
      let data19 = data.to_number;
      if (typeof data19 === "string") {
        if (func1(data19) < 1) {
          const err25 = { instancePath: instancePath + "/to_number", schemaPath: "#/properties/to_number/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/to_number", schemaPath: "#/properties/to_number/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
