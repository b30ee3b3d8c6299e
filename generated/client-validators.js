// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

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

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// validators.js
var isSendMessageRequest = validate53;
var schema20 = { "type": "object", "additionalProperties": false, "required": ["dst"], "properties": { "src": { "type": ["string", "null"], "minLength": 1 }, "powerpack_uuid": { "type": ["string", "null"], "minLength": 1 }, "powerpackUUID": { "type": ["string", "null"] }, "dst": { "type": "string", "minLength": 1 }, "text": { "type": ["string", "null"], "minLength": 1, "maxLength": 4096 }, "type": { "type": ["string", "null"], "enum": ["sms", "mms", "whatsapp", null] }, "media_urls": { "type": ["array", "string", "null"], "items": { "type": "string", "format": "uri" }, "minItems": 1, "maxItems": 10, "minLength": 1 }, "media_ids": { "type": ["array", "null"], "items": { "type": "string", "minLength": 1 }, "minItems": 1, "maxItems": 10 }, "url": { "type": ["string", "null"], "format": "uri" }, "method": { "type": ["string", "null"], "enum": ["GET", "POST", null] }, "log": { "type": ["boolean", "string", "null"], "enum": [true, false, "true", "false", "content_only", "number_only", "", null] }, "trackable": { "type": ["boolean", "string", "null"], "enum": [true, false, "true", "false", null] }, "message_expiry": { "type": ["integer", "string", "null"], "minimum": 5, "maximum": 10799, "pattern": "^(?:[5-9]|[1-9][0-9]{1,3}|10[0-7][0-9]{2})$" }, "template": { "oneOf": [{ "$ref": "#/$defs/WhatsAppTemplate" }, { "type": "null" }] }, "interactive": { "oneOf": [{ "$ref": "#/$defs/WhatsAppInteractive" }, { "type": "null" }] }, "location": { "oneOf": [{ "$ref": "#/$defs/WhatsAppLocation" }, { "type": "null" }] }, "dlt_entity_id": { "type": ["string", "null"], "minLength": 1 }, "dlt_template_id": { "type": ["string", "null"], "minLength": 1 }, "dlt_template_category": { "type": ["string", "null"], "enum": ["transactional", "promotional", "service_implicit", "service_explicit", null] } }, "allOf": [{ "if": { "properties": { "src": { "type": "string" } }, "required": ["src"] }, "then": { "properties": { "powerpack_uuid": { "type": "null" } } }, "else": { "properties": { "powerpack_uuid": { "type": "string" } }, "required": ["powerpack_uuid"] } }, { "if": { "properties": { "type": { "enum": ["sms", null] } } }, "then": { "properties": { "text": { "type": "string", "maxLength": 1600 }, "media_urls": { "type": "null" }, "media_ids": { "type": "null" }, "template": { "type": "null" }, "interactive": { "type": "null" }, "location": { "type": "null" } }, "required": ["text"] } }, { "if": { "properties": { "type": { "const": "mms" } }, "required": ["type"] }, "then": { "properties": { "template": { "type": "null" }, "interactive": { "type": "null" }, "location": { "type": "null" } }, "anyOf": [{ "properties": { "media_urls": { "type": ["array", "string"] } }, "required": ["media_urls"] }, { "properties": { "media_ids": { "type": "array" } }, "required": ["media_ids"] }] } }, { "if": { "properties": { "type": { "const": "whatsapp" } }, "required": ["type"] }, "then": { "properties": { "src": { "type": "string" }, "media_urls": { "maxItems": 1, "pattern": "^[^,]+$" }, "media_ids": { "maxItems": 1 } }, "required": ["src"], "anyOf": [{ "properties": { "text": { "type": "string" } }, "required": ["text"] }, { "properties": { "media_urls": { "type": ["array", "string"] } }, "required": ["media_urls"] }, { "properties": { "media_ids": { "type": "array" } }, "required": ["media_ids"] }, { "properties": { "template": { "type": "object" } }, "required": ["template"] }, { "properties": { "interactive": { "type": "object" } }, "required": ["interactive"] }, { "properties": { "location": { "type": "object" } }, "required": ["location"] }] } }] };
var func1 = require_ucs2length().default;
var func2 = Object.prototype.hasOwnProperty;
var pattern3 = new RegExp("^[^,]+$", "u");
var pattern4 = new RegExp("^(?:[5-9]|[1-9][0-9]{1,3}|10[0-7][0-9]{2})$", "u");
var formats0 = require_formats().fullFormats.uri;
var schema21 = { "type": "object", "additionalProperties": false, "required": ["name", "language"], "properties": { "name": { "type": "string", "minLength": 1 }, "language": { "type": "string", "minLength": 1 }, "components": { "type": ["array", "null"], "items": { "$ref": "#/$defs/WhatsAppTemplateComponent" } } } };
var schema22 = { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "type": "string", "enum": ["header", "body", "button", "carousel"] }, "sub_type": { "type": ["string", "null"], "enum": ["url", "quick_reply", null] }, "index": { "type": ["string", "null"], "pattern": "^[0-9]$" }, "parameters": { "type": ["array", "null"], "items": { "$ref": "#/$defs/WhatsAppTemplateParameter" } }, "cards": { "type": ["array", "null"], "items": { "type": "object", "additionalProperties": false, "required": ["components"], "properties": { "card_index": { "type": "integer", "minimum": 0, "maximum": 9 }, "components": { "type": "array", "items": { "$ref": "#/$defs/WhatsAppTemplateComponent" } } } } } } };
var pattern5 = new RegExp("^[0-9]$", "u");
var schema23 = { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "type": "string", "enum": ["text", "media", "payload", "currency", "date_time", "location"] }, "parameter_name": { "type": ["string", "null"], "minLength": 1 }, "text": { "type": ["string", "null"], "minLength": 1 }, "media": { "type": ["string", "null"], "format": "uri" }, "payload": { "type": ["string", "null"], "minLength": 1 }, "currency": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["fallback_value", "currency_code", "amount_1000"], "properties": { "fallback_value": { "type": "string", "minLength": 1 }, "currency_code": { "type": "string", "pattern": "^[A-Z]{3}$" }, "amount_1000": { "type": "integer" } } }, { "type": "null" }] }, "date_time": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["fallback_value"], "properties": { "fallback_value": { "type": "string", "minLength": 1 } } }, { "type": "null" }] }, "location": { "oneOf": [{ "$ref": "#/$defs/WhatsAppLocation" }, { "type": "null" }] } }, "allOf": [{ "if": { "properties": { "type": { "const": "text" } } }, "then": { "properties": { "text": { "type": "string" } }, "required": ["text"] } }, { "if": { "properties": { "type": { "const": "media" } } }, "then": { "properties": { "media": { "type": "string" } }, "required": ["media"] } }, { "if": { "properties": { "type": { "const": "payload" } } }, "then": { "properties": { "payload": { "type": "string" } }, "required": ["payload"] } }, { "if": { "properties": { "type": { "const": "currency" } } }, "then": { "properties": { "currency": { "type": "object" } }, "required": ["currency"] } }, { "if": { "properties": { "type": { "const": "date_time" } } }, "then": { "properties": { "date_time": { "type": "object" } }, "required": ["date_time"] } }, { "if": { "properties": { "type": { "const": "location" } } }, "then": { "properties": { "location": { "type": "object" } }, "required": ["location"] } }] };
var pattern6 = new RegExp("^[A-Z]{3}$", "u");
var schema24 = { "type": "object", "additionalProperties": false, "required": ["latitude", "longitude"], "properties": { "latitude": { "type": "string", "pattern": "^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$" }, "longitude": { "type": "string", "pattern": "^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$" }, "name": { "type": ["string", "null"], "maxLength": 1e3 }, "address": { "type": ["string", "null"], "maxLength": 1e3 } } };
var pattern7 = new RegExp("^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$", "u");
var pattern8 = new RegExp("^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$", "u");
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latitude" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.longitude === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "longitude" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "latitude" || key0 === "longitude" || key0 === "name" || key0 === "address")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
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
        if (!pattern7.test(data0)) {
          const err3 = { instancePath: instancePath + "/latitude", schemaPath: "#/properties/latitude/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]{1,2}(?:\\.[0-9]+)?$" } };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/latitude", schemaPath: "#/properties/latitude/type", keyword: "type", params: { type: "string" } };
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
        if (!pattern8.test(data1)) {
          const err5 = { instancePath: instancePath + "/longitude", schemaPath: "#/properties/longitude/pattern", keyword: "pattern", params: { pattern: "^[-+]?[0-9]{1,3}(?:\\.[0-9]+)?$" } };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/longitude", schemaPath: "#/properties/longitude/type", keyword: "type", params: { type: "string" } };
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
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema24.properties.name.type } };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func1(data2) > 1e3) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1e3 } };
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
        const err9 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: schema24.properties.address.type } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func1(data3) > 1e3) {
          const err10 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/maxLength", keyword: "maxLength", params: { limit: 1e3 } };
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
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
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
        const err1 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "text" } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.text !== void 0) {
        if (typeof data.text !== "string") {
          const err2 = { instancePath: instancePath + "/text", schemaPath: "#/allOf/0/then/properties/text/type", keyword: "type", params: { type: "string" } };
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
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" } };
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
        const err5 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "media" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.media !== void 0) {
        if (typeof data.media !== "string") {
          const err6 = { instancePath: instancePath + "/media", schemaPath: "#/allOf/1/then/properties/media/type", keyword: "type", params: { type: "string" } };
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
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" } };
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
        const err9 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "payload" } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.payload !== void 0) {
        if (typeof data.payload !== "string") {
          const err10 = { instancePath: instancePath + "/payload", schemaPath: "#/allOf/2/then/properties/payload/type", keyword: "type", params: { type: "string" } };
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
    const err11 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" } };
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
        const err13 = { instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: "currency" } };
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
          const err14 = { instancePath: instancePath + "/currency", schemaPath: "#/allOf/3/then/properties/currency/type", keyword: "type", params: { type: "object" } };
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
    const err15 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" } };
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
        const err17 = { instancePath, schemaPath: "#/allOf/4/then/required", keyword: "required", params: { missingProperty: "date_time" } };
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
          const err18 = { instancePath: instancePath + "/date_time", schemaPath: "#/allOf/4/then/properties/date_time/type", keyword: "type", params: { type: "object" } };
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
    const err19 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" } };
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
        const err21 = { instancePath, schemaPath: "#/allOf/5/then/required", keyword: "required", params: { missingProperty: "location" } };
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
          const err22 = { instancePath: instancePath + "/location", schemaPath: "#/allOf/5/then/properties/location/type", keyword: "type", params: { type: "object" } };
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
    const err23 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" } };
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
      const err24 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "parameter_name" || key0 === "text" || key0 === "media" || key0 === "payload" || key0 === "currency" || key0 === "date_time" || key0 === "location")) {
        const err25 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
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
        const err26 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (!(data12 === "text" || data12 === "media" || data12 === "payload" || data12 === "currency" || data12 === "date_time" || data12 === "location")) {
        const err27 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema23.properties.type.enum } };
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
        const err28 = { instancePath: instancePath + "/parameter_name", schemaPath: "#/properties/parameter_name/type", keyword: "type", params: { type: schema23.properties.parameter_name.type } };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data13 === "string") {
        if (func1(data13) < 1) {
          const err29 = { instancePath: instancePath + "/parameter_name", schemaPath: "#/properties/parameter_name/minLength", keyword: "minLength", params: { limit: 1 } };
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
        const err30 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: schema23.properties.text.type } };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (typeof data14 === "string") {
        if (func1(data14) < 1) {
          const err31 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/minLength", keyword: "minLength", params: { limit: 1 } };
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
        const err32 = { instancePath: instancePath + "/media", schemaPath: "#/properties/media/type", keyword: "type", params: { type: schema23.properties.media.type } };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data15 === "string") {
        if (!formats0(data15)) {
          const err33 = { instancePath: instancePath + "/media", schemaPath: "#/properties/media/format", keyword: "format", params: { format: "uri" } };
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
        const err34 = { instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/type", keyword: "type", params: { type: schema23.properties.payload.type } };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data16 === "string") {
        if (func1(data16) < 1) {
          const err35 = { instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/minLength", keyword: "minLength", params: { limit: 1 } };
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
      const _errs55 = errors;
      let valid20 = false;
      let passing0 = null;
      const _errs56 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.fallback_value === void 0) {
          const err36 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/oneOf/0/required", keyword: "required", params: { missingProperty: "fallback_value" } };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data17.currency_code === void 0) {
          const err37 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/oneOf/0/required", keyword: "required", params: { missingProperty: "currency_code" } };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data17.amount_1000 === void 0) {
          const err38 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/oneOf/0/required", keyword: "required", params: { missingProperty: "amount_1000" } };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key1 in data17) {
          if (!(key1 === "fallback_value" || key1 === "currency_code" || key1 === "amount_1000")) {
            const err39 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data17.fallback_value !== void 0) {
          let data18 = data17.fallback_value;
          if (typeof data18 === "string") {
            if (func1(data18) < 1) {
              const err40 = { instancePath: instancePath + "/currency/fallback_value", schemaPath: "#/properties/currency/oneOf/0/properties/fallback_value/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/currency/fallback_value", schemaPath: "#/properties/currency/oneOf/0/properties/fallback_value/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data17.currency_code !== void 0) {
          let data19 = data17.currency_code;
          if (typeof data19 === "string") {
            if (!pattern6.test(data19)) {
              const err42 = { instancePath: instancePath + "/currency/currency_code", schemaPath: "#/properties/currency/oneOf/0/properties/currency_code/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" } };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/currency/currency_code", schemaPath: "#/properties/currency/oneOf/0/properties/currency_code/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data17.amount_1000 !== void 0) {
          let data20 = data17.amount_1000;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err44 = { instancePath: instancePath + "/currency/amount_1000", schemaPath: "#/properties/currency/oneOf/0/properties/amount_1000/type", keyword: "type", params: { type: "integer" } };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/oneOf/0/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      var _valid6 = _errs56 === errors;
      if (_valid6) {
        valid20 = true;
        passing0 = 0;
      }
      const _errs65 = errors;
      if (data17 !== null) {
        const err46 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/oneOf/1/type", keyword: "type", params: { type: "null" } };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      var _valid6 = _errs65 === errors;
      if (_valid6 && valid20) {
        valid20 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid6) {
          valid20 = true;
          passing0 = 1;
        }
      }
      if (!valid20) {
        const err47 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      } else {
        errors = _errs55;
        if (vErrors !== null) {
          if (_errs55) {
            vErrors.length = _errs55;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.date_time !== void 0) {
      let data21 = data.date_time;
      const _errs68 = errors;
      let valid22 = false;
      let passing1 = null;
      const _errs69 = errors;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.fallback_value === void 0) {
          const err48 = { instancePath: instancePath + "/date_time", schemaPath: "#/properties/date_time/oneOf/0/required", keyword: "required", params: { missingProperty: "fallback_value" } };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        for (const key2 in data21) {
          if (!(key2 === "fallback_value")) {
            const err49 = { instancePath: instancePath + "/date_time", schemaPath: "#/properties/date_time/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data21.fallback_value !== void 0) {
          let data22 = data21.fallback_value;
          if (typeof data22 === "string") {
            if (func1(data22) < 1) {
              const err50 = { instancePath: instancePath + "/date_time/fallback_value", schemaPath: "#/properties/date_time/oneOf/0/properties/fallback_value/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/date_time/fallback_value", schemaPath: "#/properties/date_time/oneOf/0/properties/fallback_value/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/date_time", schemaPath: "#/properties/date_time/oneOf/0/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      var _valid7 = _errs69 === errors;
      if (_valid7) {
        valid22 = true;
        passing1 = 0;
      }
      const _errs74 = errors;
      if (data21 !== null) {
        const err53 = { instancePath: instancePath + "/date_time", schemaPath: "#/properties/date_time/oneOf/1/type", keyword: "type", params: { type: "null" } };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      var _valid7 = _errs74 === errors;
      if (_valid7 && valid22) {
        valid22 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid7) {
          valid22 = true;
          passing1 = 1;
        }
      }
      if (!valid22) {
        const err54 = { instancePath: instancePath + "/date_time", schemaPath: "#/properties/date_time/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      } else {
        errors = _errs68;
        if (vErrors !== null) {
          if (_errs68) {
            vErrors.length = _errs68;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.location !== void 0) {
      let data23 = data.location;
      const _errs77 = errors;
      let valid24 = false;
      let passing2 = null;
      const _errs78 = errors;
      if (!validate57(data23, { instancePath: instancePath + "/location", parentData: data, parentDataProperty: "location", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
      var _valid8 = _errs78 === errors;
      if (_valid8) {
        valid24 = true;
        passing2 = 0;
      }
      const _errs79 = errors;
      if (data23 !== null) {
        const err55 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/oneOf/1/type", keyword: "type", params: { type: "null" } };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      var _valid8 = _errs79 === errors;
      if (_valid8 && valid24) {
        valid24 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid8) {
          valid24 = true;
          passing2 = 1;
        }
      }
      if (!valid24) {
        const err56 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 } };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      } else {
        errors = _errs77;
        if (vErrors !== null) {
          if (_errs77) {
            vErrors.length = _errs77;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "sub_type" || key0 === "index" || key0 === "parameters" || key0 === "cards")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
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
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "header" || data0 === "body" || data0 === "button" || data0 === "carousel")) {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema22.properties.type.enum } };
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
        const err4 = { instancePath: instancePath + "/sub_type", schemaPath: "#/properties/sub_type/type", keyword: "type", params: { type: schema22.properties.sub_type.type } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "url" || data1 === "quick_reply" || data1 === null)) {
        const err5 = { instancePath: instancePath + "/sub_type", schemaPath: "#/properties/sub_type/enum", keyword: "enum", params: { allowedValues: schema22.properties.sub_type.enum } };
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
        const err6 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/type", keyword: "type", params: { type: schema22.properties.index.type } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err7 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/pattern", keyword: "pattern", params: { pattern: "^[0-9]$" } };
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
        const err8 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: schema22.properties.parameters.type } };
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
        const err9 = { instancePath: instancePath + "/cards", schemaPath: "#/properties/cards/type", keyword: "type", params: { type: schema22.properties.cards.type } };
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
              const err10 = { instancePath: instancePath + "/cards/" + i1, schemaPath: "#/properties/cards/items/required", keyword: "required", params: { missingProperty: "components" } };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "card_index" || key1 === "components")) {
                const err11 = { instancePath: instancePath + "/cards/" + i1, schemaPath: "#/properties/cards/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
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
                const err12 = { instancePath: instancePath + "/cards/" + i1 + "/card_index", schemaPath: "#/properties/cards/items/properties/card_index/type", keyword: "type", params: { type: "integer" } };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 > 9 || isNaN(data7)) {
                  const err13 = { instancePath: instancePath + "/cards/" + i1 + "/card_index", schemaPath: "#/properties/cards/items/properties/card_index/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9 } };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err14 = { instancePath: instancePath + "/cards/" + i1 + "/card_index", schemaPath: "#/properties/cards/items/properties/card_index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
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
                const err15 = { instancePath: instancePath + "/cards/" + i1 + "/components", schemaPath: "#/properties/cards/items/properties/components/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/cards/" + i1, schemaPath: "#/properties/cards/items/type", keyword: "type", params: { type: "object" } };
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
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.language === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "language" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "language" || key0 === "components")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
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
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } };
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
          const err5 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/type", keyword: "type", params: { type: "string" } };
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
        const err7 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: schema21.properties.components.type } };
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
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
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
var schema25 = { "type": "object", "additionalProperties": false, "required": ["type", "body", "action"], "properties": { "type": { "type": "string", "enum": ["list", "button", "cta_url"] }, "header": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "type": "string", "enum": ["text", "media"] }, "text": { "type": ["string", "null"], "minLength": 1, "maxLength": 60 }, "media": { "type": ["string", "null"], "format": "uri" } }, "allOf": [{ "if": { "properties": { "type": { "const": "text" } } }, "then": { "properties": { "text": { "type": "string" } }, "required": ["text"] } }, { "if": { "properties": { "type": { "const": "media" } } }, "then": { "properties": { "media": { "type": "string" } }, "required": ["media"] } }] }, { "type": "null" }] }, "body": { "type": "object", "additionalProperties": false, "required": ["text"], "properties": { "text": { "type": "string", "minLength": 1, "maxLength": 1024 } } }, "footer": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["text"], "properties": { "text": { "type": "string", "minLength": 1, "maxLength": 60 } } }, { "type": "null" }] }, "action": { "type": "object", "additionalProperties": false, "properties": { "buttons": { "type": ["array", "null"], "maxItems": 3, "items": { "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "id": { "type": ["string", "null"], "minLength": 1, "maxLength": 256 }, "title": { "type": "string", "minLength": 1, "maxLength": 20 }, "cta_url": { "type": ["string", "null"], "format": "uri" } } } }, "sections": { "type": ["array", "null"], "maxItems": 10, "items": { "type": "object", "additionalProperties": false, "required": ["rows"], "properties": { "title": { "type": ["string", "null"], "minLength": 1, "maxLength": 24 }, "rows": { "type": "array", "minItems": 1, "maxItems": 10, "items": { "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 200 }, "title": { "type": "string", "minLength": 1, "maxLength": 24 }, "description": { "type": ["string", "null"], "maxLength": 72 } } } } } } } } } }, "allOf": [{ "if": { "properties": { "type": { "const": "list" } } }, "then": { "properties": { "action": { "properties": { "sections": { "type": "array", "minItems": 1 }, "buttons": { "maxItems": 1 } }, "required": ["sections"] } } } }, { "if": { "properties": { "type": { "const": "button" } } }, "then": { "properties": { "action": { "properties": { "buttons": { "type": "array", "minItems": 1, "items": { "properties": { "id": { "type": "string" } }, "required": ["id"] } }, "sections": { "maxItems": 0 } }, "required": ["buttons"] } } } }, { "if": { "properties": { "type": { "const": "cta_url" } } }, "then": { "properties": { "action": { "properties": { "buttons": { "type": "array", "minItems": 1, "maxItems": 1, "items": { "properties": { "cta_url": { "type": "string" } }, "required": ["cta_url"] } }, "sections": { "maxItems": 0 } }, "required": ["buttons"] } } } }] };
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
            const err1 = { instancePath: instancePath + "/action", schemaPath: "#/allOf/0/then/properties/action/required", keyword: "required", params: { missingProperty: "sections" } };
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
                const err2 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/0/then/properties/action/properties/sections/minItems", keyword: "minItems", params: { limit: 1 } };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            } else {
              const err3 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/0/then/properties/action/properties/sections/type", keyword: "type", params: { type: "array" } };
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
                const err4 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/0/then/properties/action/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 1 } };
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
    const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" } };
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
            const err7 = { instancePath: instancePath + "/action", schemaPath: "#/allOf/1/then/properties/action/required", keyword: "required", params: { missingProperty: "buttons" } };
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
                const err8 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/1/then/properties/action/properties/buttons/minItems", keyword: "minItems", params: { limit: 1 } };
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
                    const err9 = { instancePath: instancePath + "/action/buttons/" + i0, schemaPath: "#/allOf/1/then/properties/action/properties/buttons/items/required", keyword: "required", params: { missingProperty: "id" } };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                  if (data7.id !== void 0) {
                    if (typeof data7.id !== "string") {
                      const err10 = { instancePath: instancePath + "/action/buttons/" + i0 + "/id", schemaPath: "#/allOf/1/then/properties/action/properties/buttons/items/properties/id/type", keyword: "type", params: { type: "string" } };
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
              const err11 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/1/then/properties/action/properties/buttons/type", keyword: "type", params: { type: "array" } };
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
                const err12 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/1/then/properties/action/properties/sections/maxItems", keyword: "maxItems", params: { limit: 0 } };
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
    const err13 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" } };
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
            const err15 = { instancePath: instancePath + "/action", schemaPath: "#/allOf/2/then/properties/action/required", keyword: "required", params: { missingProperty: "buttons" } };
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
                const err16 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 1 } };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (data12.length < 1) {
                const err17 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/minItems", keyword: "minItems", params: { limit: 1 } };
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
                    const err18 = { instancePath: instancePath + "/action/buttons/" + i1, schemaPath: "#/allOf/2/then/properties/action/properties/buttons/items/required", keyword: "required", params: { missingProperty: "cta_url" } };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                  if (data13.cta_url !== void 0) {
                    if (typeof data13.cta_url !== "string") {
                      const err19 = { instancePath: instancePath + "/action/buttons/" + i1 + "/cta_url", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/items/properties/cta_url/type", keyword: "type", params: { type: "string" } };
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
              const err20 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/allOf/2/then/properties/action/properties/buttons/type", keyword: "type", params: { type: "array" } };
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
                const err21 = { instancePath: instancePath + "/action/sections", schemaPath: "#/allOf/2/then/properties/action/properties/sections/maxItems", keyword: "maxItems", params: { limit: 0 } };
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
    const err22 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" } };
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
      const err23 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.body === void 0) {
      const err24 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "body" } };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err25 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" } };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "header" || key0 === "body" || key0 === "footer" || key0 === "action")) {
        const err26 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
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
        const err27 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (!(data16 === "list" || data16 === "button" || data16 === "cta_url")) {
        const err28 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema25.properties.type.enum } };
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
      const _errs38 = errors;
      let valid20 = false;
      let passing0 = null;
      const _errs39 = errors;
      const _errs42 = errors;
      let valid22 = true;
      const _errs43 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type !== void 0) {
          if ("text" !== data17.type) {
            const err29 = {};
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      }
      var _valid4 = _errs43 === errors;
      errors = _errs42;
      if (vErrors !== null) {
        if (_errs42) {
          vErrors.length = _errs42;
        } else {
          vErrors = null;
        }
      }
      if (_valid4) {
        const _errs45 = errors;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.text === void 0) {
            const err30 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/oneOf/0/allOf/0/then/required", keyword: "required", params: { missingProperty: "text" } };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (data17.text !== void 0) {
            if (typeof data17.text !== "string") {
              const err31 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/oneOf/0/allOf/0/then/properties/text/type", keyword: "type", params: { type: "string" } };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        var _valid4 = _errs45 === errors;
        valid22 = _valid4;
        if (valid22) {
          var props3 = {};
          props3.text = true;
          props3.type = true;
        }
      }
      if (!valid22) {
        const err32 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/oneOf/0/allOf/0/if", keyword: "if", params: { failingKeyword: "then" } };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      const _errs49 = errors;
      let valid25 = true;
      const _errs50 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.type !== void 0) {
          if ("media" !== data17.type) {
            const err33 = {};
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      }
      var _valid5 = _errs50 === errors;
      errors = _errs49;
      if (vErrors !== null) {
        if (_errs49) {
          vErrors.length = _errs49;
        } else {
          vErrors = null;
        }
      }
      if (_valid5) {
        const _errs52 = errors;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.media === void 0) {
            const err34 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/oneOf/0/allOf/1/then/required", keyword: "required", params: { missingProperty: "media" } };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (data17.media !== void 0) {
            if (typeof data17.media !== "string") {
              const err35 = { instancePath: instancePath + "/header/media", schemaPath: "#/properties/header/oneOf/0/allOf/1/then/properties/media/type", keyword: "type", params: { type: "string" } };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
        var _valid5 = _errs52 === errors;
        valid25 = _valid5;
        if (valid25) {
          var props4 = {};
          props4.media = true;
          props4.type = true;
        }
      }
      if (!valid25) {
        const err36 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/oneOf/0/allOf/1/if", keyword: "if", params: { failingKeyword: "then" } };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
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
          const err37 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/oneOf/0/required", keyword: "required", params: { missingProperty: "type" } };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        for (const key1 in data17) {
          if (!(key1 === "type" || key1 === "text" || key1 === "media")) {
            const err38 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data17.type !== void 0) {
          let data22 = data17.type;
          if (typeof data22 !== "string") {
            const err39 = { instancePath: instancePath + "/header/type", schemaPath: "#/properties/header/oneOf/0/properties/type/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (!(data22 === "text" || data22 === "media")) {
            const err40 = { instancePath: instancePath + "/header/type", schemaPath: "#/properties/header/oneOf/0/properties/type/enum", keyword: "enum", params: { allowedValues: schema25.properties.header.oneOf[0].properties.type.enum } };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data17.text !== void 0) {
          let data23 = data17.text;
          if (typeof data23 !== "string" && data23 !== null) {
            const err41 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/oneOf/0/properties/text/type", keyword: "type", params: { type: schema25.properties.header.oneOf[0].properties.text.type } };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data23 === "string") {
            if (func1(data23) > 60) {
              const err42 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/oneOf/0/properties/text/maxLength", keyword: "maxLength", params: { limit: 60 } };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (func1(data23) < 1) {
              const err43 = { instancePath: instancePath + "/header/text", schemaPath: "#/properties/header/oneOf/0/properties/text/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
        if (data17.media !== void 0) {
          let data24 = data17.media;
          if (typeof data24 !== "string" && data24 !== null) {
            const err44 = { instancePath: instancePath + "/header/media", schemaPath: "#/properties/header/oneOf/0/properties/media/type", keyword: "type", params: { type: schema25.properties.header.oneOf[0].properties.media.type } };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data24 === "string") {
            if (!formats0(data24)) {
              const err45 = { instancePath: instancePath + "/header/media", schemaPath: "#/properties/header/oneOf/0/properties/media/format", keyword: "format", params: { format: "uri" } };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/oneOf/0/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      var _valid3 = _errs39 === errors;
      if (_valid3) {
        valid20 = true;
        passing0 = 0;
      }
      const _errs62 = errors;
      if (data17 !== null) {
        const err47 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/oneOf/1/type", keyword: "type", params: { type: "null" } };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      var _valid3 = _errs62 === errors;
      if (_valid3 && valid20) {
        valid20 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid3) {
          valid20 = true;
          passing0 = 1;
        }
      }
      if (!valid20) {
        const err48 = { instancePath: instancePath + "/header", schemaPath: "#/properties/header/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
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
    }
    if (data.body !== void 0) {
      let data25 = data.body;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.text === void 0) {
          const err49 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/required", keyword: "required", params: { missingProperty: "text" } };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        for (const key2 in data25) {
          if (!(key2 === "text")) {
            const err50 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data25.text !== void 0) {
          let data26 = data25.text;
          if (typeof data26 === "string") {
            if (func1(data26) > 1024) {
              const err51 = { instancePath: instancePath + "/body/text", schemaPath: "#/properties/body/properties/text/maxLength", keyword: "maxLength", params: { limit: 1024 } };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (func1(data26) < 1) {
              const err52 = { instancePath: instancePath + "/body/text", schemaPath: "#/properties/body/properties/text/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/body/text", schemaPath: "#/properties/body/properties/text/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.footer !== void 0) {
      let data27 = data.footer;
      const _errs70 = errors;
      let valid30 = false;
      let passing1 = null;
      const _errs71 = errors;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.text === void 0) {
          const err55 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/oneOf/0/required", keyword: "required", params: { missingProperty: "text" } };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        for (const key3 in data27) {
          if (!(key3 === "text")) {
            const err56 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 } };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data27.text !== void 0) {
          let data28 = data27.text;
          if (typeof data28 === "string") {
            if (func1(data28) > 60) {
              const err57 = { instancePath: instancePath + "/footer/text", schemaPath: "#/properties/footer/oneOf/0/properties/text/maxLength", keyword: "maxLength", params: { limit: 60 } };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (func1(data28) < 1) {
              const err58 = { instancePath: instancePath + "/footer/text", schemaPath: "#/properties/footer/oneOf/0/properties/text/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/footer/text", schemaPath: "#/properties/footer/oneOf/0/properties/text/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/oneOf/0/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      var _valid6 = _errs71 === errors;
      if (_valid6) {
        valid30 = true;
        passing1 = 0;
      }
      const _errs76 = errors;
      if (data27 !== null) {
        const err61 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/oneOf/1/type", keyword: "type", params: { type: "null" } };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      var _valid6 = _errs76 === errors;
      if (_valid6 && valid30) {
        valid30 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid6) {
          valid30 = true;
          passing1 = 1;
        }
      }
      if (!valid30) {
        const err62 = { instancePath: instancePath + "/footer", schemaPath: "#/properties/footer/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      } else {
        errors = _errs70;
        if (vErrors !== null) {
          if (_errs70) {
            vErrors.length = _errs70;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.action !== void 0) {
      let data29 = data.action;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key4 in data29) {
          if (!(key4 === "buttons" || key4 === "sections")) {
            const err63 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data29.buttons !== void 0) {
          let data30 = data29.buttons;
          if (!Array.isArray(data30) && data30 !== null) {
            const err64 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/properties/action/properties/buttons/type", keyword: "type", params: { type: schema25.properties.action.properties.buttons.type } };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (Array.isArray(data30)) {
            if (data30.length > 3) {
              const err65 = { instancePath: instancePath + "/action/buttons", schemaPath: "#/properties/action/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 3 } };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            const len2 = data30.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data31 = data30[i2];
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.title === void 0) {
                  const err66 = { instancePath: instancePath + "/action/buttons/" + i2, schemaPath: "#/properties/action/properties/buttons/items/required", keyword: "required", params: { missingProperty: "title" } };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                for (const key5 in data31) {
                  if (!(key5 === "id" || key5 === "title" || key5 === "cta_url")) {
                    const err67 = { instancePath: instancePath + "/action/buttons/" + i2, schemaPath: "#/properties/action/properties/buttons/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 } };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data31.id !== void 0) {
                  let data32 = data31.id;
                  if (typeof data32 !== "string" && data32 !== null) {
                    const err68 = { instancePath: instancePath + "/action/buttons/" + i2 + "/id", schemaPath: "#/properties/action/properties/buttons/items/properties/id/type", keyword: "type", params: { type: schema25.properties.action.properties.buttons.items.properties.id.type } };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  if (typeof data32 === "string") {
                    if (func1(data32) > 256) {
                      const err69 = { instancePath: instancePath + "/action/buttons/" + i2 + "/id", schemaPath: "#/properties/action/properties/buttons/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 256 } };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (func1(data32) < 1) {
                      const err70 = { instancePath: instancePath + "/action/buttons/" + i2 + "/id", schemaPath: "#/properties/action/properties/buttons/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 } };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  }
                }
                if (data31.title !== void 0) {
                  let data33 = data31.title;
                  if (typeof data33 === "string") {
                    if (func1(data33) > 20) {
                      const err71 = { instancePath: instancePath + "/action/buttons/" + i2 + "/title", schemaPath: "#/properties/action/properties/buttons/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 20 } };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (func1(data33) < 1) {
                      const err72 = { instancePath: instancePath + "/action/buttons/" + i2 + "/title", schemaPath: "#/properties/action/properties/buttons/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 } };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/action/buttons/" + i2 + "/title", schemaPath: "#/properties/action/properties/buttons/items/properties/title/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data31.cta_url !== void 0) {
                  let data34 = data31.cta_url;
                  if (typeof data34 !== "string" && data34 !== null) {
                    const err74 = { instancePath: instancePath + "/action/buttons/" + i2 + "/cta_url", schemaPath: "#/properties/action/properties/buttons/items/properties/cta_url/type", keyword: "type", params: { type: schema25.properties.action.properties.buttons.items.properties.cta_url.type } };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                  if (typeof data34 === "string") {
                    if (!formats0(data34)) {
                      const err75 = { instancePath: instancePath + "/action/buttons/" + i2 + "/cta_url", schemaPath: "#/properties/action/properties/buttons/items/properties/cta_url/format", keyword: "format", params: { format: "uri" } };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err76 = { instancePath: instancePath + "/action/buttons/" + i2, schemaPath: "#/properties/action/properties/buttons/items/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
          }
        }
        if (data29.sections !== void 0) {
          let data35 = data29.sections;
          if (!Array.isArray(data35) && data35 !== null) {
            const err77 = { instancePath: instancePath + "/action/sections", schemaPath: "#/properties/action/properties/sections/type", keyword: "type", params: { type: schema25.properties.action.properties.sections.type } };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (Array.isArray(data35)) {
            if (data35.length > 10) {
              const err78 = { instancePath: instancePath + "/action/sections", schemaPath: "#/properties/action/properties/sections/maxItems", keyword: "maxItems", params: { limit: 10 } };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            const len3 = data35.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data36 = data35[i3];
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.rows === void 0) {
                  const err79 = { instancePath: instancePath + "/action/sections/" + i3, schemaPath: "#/properties/action/properties/sections/items/required", keyword: "required", params: { missingProperty: "rows" } };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                for (const key6 in data36) {
                  if (!(key6 === "title" || key6 === "rows")) {
                    const err80 = { instancePath: instancePath + "/action/sections/" + i3, schemaPath: "#/properties/action/properties/sections/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 } };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data36.title !== void 0) {
                  let data37 = data36.title;
                  if (typeof data37 !== "string" && data37 !== null) {
                    const err81 = { instancePath: instancePath + "/action/sections/" + i3 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/title/type", keyword: "type", params: { type: schema25.properties.action.properties.sections.items.properties.title.type } };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                  if (typeof data37 === "string") {
                    if (func1(data37) > 24) {
                      const err82 = { instancePath: instancePath + "/action/sections/" + i3 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 24 } };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (func1(data37) < 1) {
                      const err83 = { instancePath: instancePath + "/action/sections/" + i3 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 } };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                }
                if (data36.rows !== void 0) {
                  let data38 = data36.rows;
                  if (Array.isArray(data38)) {
                    if (data38.length > 10) {
                      const err84 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows", schemaPath: "#/properties/action/properties/sections/items/properties/rows/maxItems", keyword: "maxItems", params: { limit: 10 } };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                    if (data38.length < 1) {
                      const err85 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows", schemaPath: "#/properties/action/properties/sections/items/properties/rows/minItems", keyword: "minItems", params: { limit: 1 } };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                    const len4 = data38.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data39 = data38[i4];
                      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                        if (data39.id === void 0) {
                          const err86 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "id" } };
                          if (vErrors === null) {
                            vErrors = [err86];
                          } else {
                            vErrors.push(err86);
                          }
                          errors++;
                        }
                        if (data39.title === void 0) {
                          const err87 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "title" } };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                        for (const key7 in data39) {
                          if (!(key7 === "id" || key7 === "title" || key7 === "description")) {
                            const err88 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 } };
                            if (vErrors === null) {
                              vErrors = [err88];
                            } else {
                              vErrors.push(err88);
                            }
                            errors++;
                          }
                        }
                        if (data39.id !== void 0) {
                          let data40 = data39.id;
                          if (typeof data40 === "string") {
                            if (func1(data40) > 200) {
                              const err89 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 } };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                            }
                            if (func1(data40) < 1) {
                              const err90 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 } };
                              if (vErrors === null) {
                                vErrors = [err90];
                              } else {
                                vErrors.push(err90);
                              }
                              errors++;
                            }
                          } else {
                            const err91 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/id", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/id/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err91];
                            } else {
                              vErrors.push(err91);
                            }
                            errors++;
                          }
                        }
                        if (data39.title !== void 0) {
                          let data41 = data39.title;
                          if (typeof data41 === "string") {
                            if (func1(data41) > 24) {
                              const err92 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 24 } };
                              if (vErrors === null) {
                                vErrors = [err92];
                              } else {
                                vErrors.push(err92);
                              }
                              errors++;
                            }
                            if (func1(data41) < 1) {
                              const err93 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 } };
                              if (vErrors === null) {
                                vErrors = [err93];
                              } else {
                                vErrors.push(err93);
                              }
                              errors++;
                            }
                          } else {
                            const err94 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/title", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/title/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err94];
                            } else {
                              vErrors.push(err94);
                            }
                            errors++;
                          }
                        }
                        if (data39.description !== void 0) {
                          let data42 = data39.description;
                          if (typeof data42 !== "string" && data42 !== null) {
                            const err95 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/description", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/description/type", keyword: "type", params: { type: schema25.properties.action.properties.sections.items.properties.rows.items.properties.description.type } };
                            if (vErrors === null) {
                              vErrors = [err95];
                            } else {
                              vErrors.push(err95);
                            }
                            errors++;
                          }
                          if (typeof data42 === "string") {
                            if (func1(data42) > 72) {
                              const err96 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4 + "/description", schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 72 } };
                              if (vErrors === null) {
                                vErrors = [err96];
                              } else {
                                vErrors.push(err96);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err97 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows/" + i4, schemaPath: "#/properties/action/properties/sections/items/properties/rows/items/type", keyword: "type", params: { type: "object" } };
                        if (vErrors === null) {
                          vErrors = [err97];
                        } else {
                          vErrors.push(err97);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/action/sections/" + i3 + "/rows", schemaPath: "#/properties/action/properties/sections/items/properties/rows/type", keyword: "type", params: { type: "array" } };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/action/sections/" + i3, schemaPath: "#/properties/action/properties/sections/items/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err100 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
  } else {
    const err101 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err101];
    } else {
      vErrors.push(err101);
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
        if (typeof data.src !== "string") {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
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
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.powerpack_uuid !== void 0) {
        if (data.powerpack_uuid !== null) {
          const err2 = { instancePath: instancePath + "/powerpack_uuid", schemaPath: "#/allOf/0/then/properties/powerpack_uuid/type", keyword: "type", params: { type: "null" } };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.powerpack_uuid = true;
      props0.src = true;
    }
    ifClause0 = "then";
  } else {
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.powerpack_uuid === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/0/else/required", keyword: "required", params: { missingProperty: "powerpack_uuid" } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.powerpack_uuid !== void 0) {
        if (typeof data.powerpack_uuid !== "string") {
          const err4 = { instancePath: instancePath + "/powerpack_uuid", schemaPath: "#/allOf/0/else/properties/powerpack_uuid/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs9 === errors;
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
    const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: ifClause0 } };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs13 = errors;
  let valid5 = true;
  const _errs14 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      let data3 = data.type;
      if (!(data3 === "sms" || data3 === null)) {
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
  var _valid1 = _errs14 === errors;
  errors = _errs13;
  if (vErrors !== null) {
    if (_errs13) {
      vErrors.length = _errs13;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs16 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.text === void 0) {
        const err7 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "text" } };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.text !== void 0) {
        let data4 = data.text;
        if (typeof data4 === "string") {
          if (func1(data4) > 1600) {
            const err8 = { instancePath: instancePath + "/text", schemaPath: "#/allOf/1/then/properties/text/maxLength", keyword: "maxLength", params: { limit: 1600 } };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/text", schemaPath: "#/allOf/1/then/properties/text/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.media_urls !== void 0) {
        if (data.media_urls !== null) {
          const err10 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/1/then/properties/media_urls/type", keyword: "type", params: { type: "null" } };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.media_ids !== void 0) {
        if (data.media_ids !== null) {
          const err11 = { instancePath: instancePath + "/media_ids", schemaPath: "#/allOf/1/then/properties/media_ids/type", keyword: "type", params: { type: "null" } };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.template !== void 0) {
        if (data.template !== null) {
          const err12 = { instancePath: instancePath + "/template", schemaPath: "#/allOf/1/then/properties/template/type", keyword: "type", params: { type: "null" } };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.interactive !== void 0) {
        if (data.interactive !== null) {
          const err13 = { instancePath: instancePath + "/interactive", schemaPath: "#/allOf/1/then/properties/interactive/type", keyword: "type", params: { type: "null" } };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.location !== void 0) {
        if (data.location !== null) {
          const err14 = { instancePath: instancePath + "/location", schemaPath: "#/allOf/1/then/properties/location/type", keyword: "type", params: { type: "null" } };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs16 === errors;
    valid5 = _valid1;
    if (valid5) {
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
  if (!valid5) {
    const err15 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
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
  const _errs30 = errors;
  let valid8 = true;
  const _errs31 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err16 = {};
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("mms" !== data.type) {
          const err17 = {};
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs31 === errors;
  errors = _errs30;
  if (vErrors !== null) {
    if (_errs30) {
      vErrors.length = _errs30;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs33 = errors;
    const _errs34 = errors;
    let valid10 = false;
    const _errs35 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_urls === void 0) {
        const err18 = { instancePath, schemaPath: "#/allOf/2/then/anyOf/0/required", keyword: "required", params: { missingProperty: "media_urls" } };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data.media_urls !== void 0) {
        let data11 = data.media_urls;
        if (!Array.isArray(data11) && typeof data11 !== "string") {
          const err19 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/2/then/anyOf/0/properties/media_urls/type", keyword: "type", params: { type: schema20.allOf[2].then.anyOf[0].properties.media_urls.type } };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs35 === errors;
    valid10 = valid10 || _valid3;
    if (_valid3) {
      var props2 = {};
      props2.media_urls = true;
    }
    const _errs38 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_ids === void 0) {
        const err20 = { instancePath, schemaPath: "#/allOf/2/then/anyOf/1/required", keyword: "required", params: { missingProperty: "media_ids" } };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (data.media_ids !== void 0) {
        if (!Array.isArray(data.media_ids)) {
          const err21 = { instancePath: instancePath + "/media_ids", schemaPath: "#/allOf/2/then/anyOf/1/properties/media_ids/type", keyword: "type", params: { type: "array" } };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs38 === errors;
    valid10 = valid10 || _valid3;
    if (_valid3) {
      if (props2 !== true) {
        props2 = props2 || {};
        props2.media_ids = true;
      }
    }
    if (!valid10) {
      const err22 = { instancePath, schemaPath: "#/allOf/2/then/anyOf", keyword: "anyOf", params: {} };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    } else {
      errors = _errs34;
      if (vErrors !== null) {
        if (_errs34) {
          vErrors.length = _errs34;
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
          const err23 = { instancePath: instancePath + "/template", schemaPath: "#/allOf/2/then/properties/template/type", keyword: "type", params: { type: "null" } };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      if (data.interactive !== void 0) {
        if (data.interactive !== null) {
          const err24 = { instancePath: instancePath + "/interactive", schemaPath: "#/allOf/2/then/properties/interactive/type", keyword: "type", params: { type: "null" } };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      if (data.location !== void 0) {
        if (data.location !== null) {
          const err25 = { instancePath: instancePath + "/location", schemaPath: "#/allOf/2/then/properties/location/type", keyword: "type", params: { type: "null" } };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs33 === errors;
    valid8 = _valid2;
    if (valid8) {
      if (props2 !== true) {
        props2 = props2 || {};
        props2.type = true;
      }
    }
  }
  if (!valid8) {
    const err26 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
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
  const _errs48 = errors;
  let valid14 = true;
  const _errs49 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.type === void 0 && (missing2 = "type")) {
      const err27 = {};
      if (vErrors === null) {
        vErrors = [err27];
      } else {
        vErrors.push(err27);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("whatsapp" !== data.type) {
          const err28 = {};
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs49 === errors;
  errors = _errs48;
  if (vErrors !== null) {
    if (_errs48) {
      vErrors.length = _errs48;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs51 = errors;
    const _errs52 = errors;
    let valid16 = false;
    const _errs53 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.text === void 0) {
        const err29 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/0/required", keyword: "required", params: { missingProperty: "text" } };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (data.text !== void 0) {
        if (typeof data.text !== "string") {
          const err30 = { instancePath: instancePath + "/text", schemaPath: "#/allOf/3/then/anyOf/0/properties/text/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs53 === errors;
    valid16 = valid16 || _valid5;
    if (_valid5) {
      var props3 = {};
      props3.text = true;
    }
    const _errs56 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_urls === void 0) {
        const err31 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/1/required", keyword: "required", params: { missingProperty: "media_urls" } };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (data.media_urls !== void 0) {
        let data18 = data.media_urls;
        if (!Array.isArray(data18) && typeof data18 !== "string") {
          const err32 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/3/then/anyOf/1/properties/media_urls/type", keyword: "type", params: { type: schema20.allOf[3].then.anyOf[1].properties.media_urls.type } };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs56 === errors;
    valid16 = valid16 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.media_urls = true;
      }
    }
    const _errs59 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.media_ids === void 0) {
        const err33 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/2/required", keyword: "required", params: { missingProperty: "media_ids" } };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (data.media_ids !== void 0) {
        if (!Array.isArray(data.media_ids)) {
          const err34 = { instancePath: instancePath + "/media_ids", schemaPath: "#/allOf/3/then/anyOf/2/properties/media_ids/type", keyword: "type", params: { type: "array" } };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs59 === errors;
    valid16 = valid16 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.media_ids = true;
      }
    }
    const _errs62 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.template === void 0) {
        const err35 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/3/required", keyword: "required", params: { missingProperty: "template" } };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (data.template !== void 0) {
        let data20 = data.template;
        if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
          const err36 = { instancePath: instancePath + "/template", schemaPath: "#/allOf/3/then/anyOf/3/properties/template/type", keyword: "type", params: { type: "object" } };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs62 === errors;
    valid16 = valid16 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.template = true;
      }
    }
    const _errs65 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.interactive === void 0) {
        const err37 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/4/required", keyword: "required", params: { missingProperty: "interactive" } };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (data.interactive !== void 0) {
        let data21 = data.interactive;
        if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
          const err38 = { instancePath: instancePath + "/interactive", schemaPath: "#/allOf/3/then/anyOf/4/properties/interactive/type", keyword: "type", params: { type: "object" } };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs65 === errors;
    valid16 = valid16 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.interactive = true;
      }
    }
    const _errs68 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.location === void 0) {
        const err39 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/5/required", keyword: "required", params: { missingProperty: "location" } };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (data.location !== void 0) {
        let data22 = data.location;
        if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
          const err40 = { instancePath: instancePath + "/location", schemaPath: "#/allOf/3/then/anyOf/5/properties/location/type", keyword: "type", params: { type: "object" } };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs68 === errors;
    valid16 = valid16 || _valid5;
    if (_valid5) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.location = true;
      }
    }
    if (!valid16) {
      const err41 = { instancePath, schemaPath: "#/allOf/3/then/anyOf", keyword: "anyOf", params: {} };
      if (vErrors === null) {
        vErrors = [err41];
      } else {
        vErrors.push(err41);
      }
      errors++;
    } else {
      errors = _errs52;
      if (vErrors !== null) {
        if (_errs52) {
          vErrors.length = _errs52;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.src === void 0) {
        const err42 = { instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: "src" } };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (props3 !== true) {
        props3 = props3 || {};
        props3.src = true;
        props3.media_urls = true;
        props3.media_ids = true;
      }
      if (data.src !== void 0) {
        if (typeof data.src !== "string") {
          const err43 = { instancePath: instancePath + "/src", schemaPath: "#/allOf/3/then/properties/src/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.media_urls !== void 0) {
        let data24 = data.media_urls;
        if (typeof data24 === "string") {
          if (!pattern3.test(data24)) {
            const err44 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/3/then/properties/media_urls/pattern", keyword: "pattern", params: { pattern: "^[^,]+$" } };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (Array.isArray(data24)) {
          if (data24.length > 1) {
            const err45 = { instancePath: instancePath + "/media_urls", schemaPath: "#/allOf/3/then/properties/media_urls/maxItems", keyword: "maxItems", params: { limit: 1 } };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      }
      if (data.media_ids !== void 0) {
        let data25 = data.media_ids;
        if (Array.isArray(data25)) {
          if (data25.length > 1) {
            const err46 = { instancePath: instancePath + "/media_ids", schemaPath: "#/allOf/3/then/properties/media_ids/maxItems", keyword: "maxItems", params: { limit: 1 } };
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
    var _valid4 = _errs51 === errors;
    valid14 = _valid4;
    if (valid14) {
      if (props3 !== true) {
        props3 = props3 || {};
        props3.type = true;
      }
    }
  }
  if (!valid14) {
    const err47 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
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
      const err48 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dst" } };
      if (vErrors === null) {
        vErrors = [err48];
      } else {
        vErrors.push(err48);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema20.properties, key0)) {
        const err49 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.src !== void 0) {
      let data26 = data.src;
      if (typeof data26 !== "string" && data26 !== null) {
        const err50 = { instancePath: instancePath + "/src", schemaPath: "#/properties/src/type", keyword: "type", params: { type: schema20.properties.src.type } };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      if (typeof data26 === "string") {
        if (func1(data26) < 1) {
          const err51 = { instancePath: instancePath + "/src", schemaPath: "#/properties/src/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      }
    }
    if (data.powerpack_uuid !== void 0) {
      let data27 = data.powerpack_uuid;
      if (typeof data27 !== "string" && data27 !== null) {
        const err52 = { instancePath: instancePath + "/powerpack_uuid", schemaPath: "#/properties/powerpack_uuid/type", keyword: "type", params: { type: schema20.properties.powerpack_uuid.type } };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (typeof data27 === "string") {
        if (func1(data27) < 1) {
          const err53 = { instancePath: instancePath + "/powerpack_uuid", schemaPath: "#/properties/powerpack_uuid/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      }
    }
    if (data.powerpackUUID !== void 0) {
      let data28 = data.powerpackUUID;
      if (typeof data28 !== "string" && data28 !== null) {
        const err54 = { instancePath: instancePath + "/powerpackUUID", schemaPath: "#/properties/powerpackUUID/type", keyword: "type", params: { type: schema20.properties.powerpackUUID.type } };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.dst !== void 0) {
      let data29 = data.dst;
      if (typeof data29 === "string") {
        if (func1(data29) < 1) {
          const err55 = { instancePath: instancePath + "/dst", schemaPath: "#/properties/dst/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
      } else {
        const err56 = { instancePath: instancePath + "/dst", schemaPath: "#/properties/dst/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      let data30 = data.text;
      if (typeof data30 !== "string" && data30 !== null) {
        const err57 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: schema20.properties.text.type } };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      if (typeof data30 === "string") {
        if (func1(data30) > 4096) {
          const err58 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/maxLength", keyword: "maxLength", params: { limit: 4096 } };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (func1(data30) < 1) {
          const err59 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      }
    }
    if (data.type !== void 0) {
      let data31 = data.type;
      if (typeof data31 !== "string" && data31 !== null) {
        const err60 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema20.properties.type.type } };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      if (!(data31 === "sms" || data31 === "mms" || data31 === "whatsapp" || data31 === null)) {
        const err61 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema20.properties.type.enum } };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.media_urls !== void 0) {
      let data32 = data.media_urls;
      if (!Array.isArray(data32) && typeof data32 !== "string" && data32 !== null) {
        const err62 = { instancePath: instancePath + "/media_urls", schemaPath: "#/properties/media_urls/type", keyword: "type", params: { type: schema20.properties.media_urls.type } };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
      if (typeof data32 === "string") {
        if (func1(data32) < 1) {
          const err63 = { instancePath: instancePath + "/media_urls", schemaPath: "#/properties/media_urls/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
      }
      if (Array.isArray(data32)) {
        if (data32.length > 10) {
          const err64 = { instancePath: instancePath + "/media_urls", schemaPath: "#/properties/media_urls/maxItems", keyword: "maxItems", params: { limit: 10 } };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (data32.length < 1) {
          const err65 = { instancePath: instancePath + "/media_urls", schemaPath: "#/properties/media_urls/minItems", keyword: "minItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        const len0 = data32.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data33 = data32[i0];
          if (typeof data33 === "string") {
            if (!formats0(data33)) {
              const err66 = { instancePath: instancePath + "/media_urls/" + i0, schemaPath: "#/properties/media_urls/items/format", keyword: "format", params: { format: "uri" } };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/media_urls/" + i0, schemaPath: "#/properties/media_urls/items/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      }
    }
    if (data.media_ids !== void 0) {
      let data34 = data.media_ids;
      if (!Array.isArray(data34) && data34 !== null) {
        const err68 = { instancePath: instancePath + "/media_ids", schemaPath: "#/properties/media_ids/type", keyword: "type", params: { type: schema20.properties.media_ids.type } };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
      if (Array.isArray(data34)) {
        if (data34.length > 10) {
          const err69 = { instancePath: instancePath + "/media_ids", schemaPath: "#/properties/media_ids/maxItems", keyword: "maxItems", params: { limit: 10 } };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data34.length < 1) {
          const err70 = { instancePath: instancePath + "/media_ids", schemaPath: "#/properties/media_ids/minItems", keyword: "minItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        const len1 = data34.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data35 = data34[i1];
          if (typeof data35 === "string") {
            if (func1(data35) < 1) {
              const err71 = { instancePath: instancePath + "/media_ids/" + i1, schemaPath: "#/properties/media_ids/items/minLength", keyword: "minLength", params: { limit: 1 } };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/media_ids/" + i1, schemaPath: "#/properties/media_ids/items/type", keyword: "type", params: { type: "string" } };
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
    if (data.url !== void 0) {
      let data36 = data.url;
      if (typeof data36 !== "string" && data36 !== null) {
        const err73 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: schema20.properties.url.type } };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      if (typeof data36 === "string") {
        if (!formats0(data36)) {
          const err74 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" } };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
      }
    }
    if (data.method !== void 0) {
      let data37 = data.method;
      if (typeof data37 !== "string" && data37 !== null) {
        const err75 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: schema20.properties.method.type } };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      if (!(data37 === "GET" || data37 === "POST" || data37 === null)) {
        const err76 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema20.properties.method.enum } };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.log !== void 0) {
      let data38 = data.log;
      if (typeof data38 !== "boolean" && typeof data38 !== "string" && data38 !== null) {
        const err77 = { instancePath: instancePath + "/log", schemaPath: "#/properties/log/type", keyword: "type", params: { type: schema20.properties.log.type } };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      if (!(data38 === true || data38 === false || data38 === "true" || data38 === "false" || data38 === "content_only" || data38 === "number_only" || data38 === "" || data38 === null)) {
        const err78 = { instancePath: instancePath + "/log", schemaPath: "#/properties/log/enum", keyword: "enum", params: { allowedValues: schema20.properties.log.enum } };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.trackable !== void 0) {
      let data39 = data.trackable;
      if (typeof data39 !== "boolean" && typeof data39 !== "string" && data39 !== null) {
        const err79 = { instancePath: instancePath + "/trackable", schemaPath: "#/properties/trackable/type", keyword: "type", params: { type: schema20.properties.trackable.type } };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
      if (!(data39 === true || data39 === false || data39 === "true" || data39 === "false" || data39 === null)) {
        const err80 = { instancePath: instancePath + "/trackable", schemaPath: "#/properties/trackable/enum", keyword: "enum", params: { allowedValues: schema20.properties.trackable.enum } };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.message_expiry !== void 0) {
      let data40 = data.message_expiry;
      if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40)) && typeof data40 !== "string" && data40 !== null) {
        const err81 = { instancePath: instancePath + "/message_expiry", schemaPath: "#/properties/message_expiry/type", keyword: "type", params: { type: schema20.properties.message_expiry.type } };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
      if (typeof data40 == "number" && isFinite(data40)) {
        if (data40 > 10799 || isNaN(data40)) {
          const err82 = { instancePath: instancePath + "/message_expiry", schemaPath: "#/properties/message_expiry/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10799 } };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        if (data40 < 5 || isNaN(data40)) {
          const err83 = { instancePath: instancePath + "/message_expiry", schemaPath: "#/properties/message_expiry/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 } };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
      }
      if (typeof data40 === "string") {
        if (!pattern4.test(data40)) {
          const err84 = { instancePath: instancePath + "/message_expiry", schemaPath: "#/properties/message_expiry/pattern", keyword: "pattern", params: { pattern: "^(?:[5-9]|[1-9][0-9]{1,3}|10[0-7][0-9]{2})$" } };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
      }
    }
    if (data.template !== void 0) {
      let data41 = data.template;
      const _errs107 = errors;
      let valid29 = false;
      let passing0 = null;
      const _errs108 = errors;
      if (!validate54(data41, { instancePath: instancePath + "/template", parentData: data, parentDataProperty: "template", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs108 === errors;
      if (_valid6) {
        valid29 = true;
        passing0 = 0;
      }
      const _errs109 = errors;
      if (data41 !== null) {
        const err85 = { instancePath: instancePath + "/template", schemaPath: "#/properties/template/oneOf/1/type", keyword: "type", params: { type: "null" } };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      var _valid6 = _errs109 === errors;
      if (_valid6 && valid29) {
        valid29 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid6) {
          valid29 = true;
          passing0 = 1;
        }
      }
      if (!valid29) {
        const err86 = { instancePath: instancePath + "/template", schemaPath: "#/properties/template/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      } else {
        errors = _errs107;
        if (vErrors !== null) {
          if (_errs107) {
            vErrors.length = _errs107;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.interactive !== void 0) {
      let data42 = data.interactive;
      const _errs112 = errors;
      let valid30 = false;
      let passing1 = null;
      const _errs113 = errors;
      if (!validate62(data42, { instancePath: instancePath + "/interactive", parentData: data, parentDataProperty: "interactive", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
      var _valid7 = _errs113 === errors;
      if (_valid7) {
        valid30 = true;
        passing1 = 0;
      }
      const _errs114 = errors;
      if (data42 !== null) {
        const err87 = { instancePath: instancePath + "/interactive", schemaPath: "#/properties/interactive/oneOf/1/type", keyword: "type", params: { type: "null" } };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
      var _valid7 = _errs114 === errors;
      if (_valid7 && valid30) {
        valid30 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid7) {
          valid30 = true;
          passing1 = 1;
        }
      }
      if (!valid30) {
        const err88 = { instancePath: instancePath + "/interactive", schemaPath: "#/properties/interactive/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
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
    if (data.location !== void 0) {
      let data43 = data.location;
      const _errs117 = errors;
      let valid31 = false;
      let passing2 = null;
      const _errs118 = errors;
      if (!validate57(data43, { instancePath: instancePath + "/location", parentData: data, parentDataProperty: "location", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
      var _valid8 = _errs118 === errors;
      if (_valid8) {
        valid31 = true;
        passing2 = 0;
      }
      const _errs119 = errors;
      if (data43 !== null) {
        const err89 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/oneOf/1/type", keyword: "type", params: { type: "null" } };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
      var _valid8 = _errs119 === errors;
      if (_valid8 && valid31) {
        valid31 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid8) {
          valid31 = true;
          passing2 = 1;
        }
      }
      if (!valid31) {
        const err90 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 } };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
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
    if (data.dlt_entity_id !== void 0) {
      let data44 = data.dlt_entity_id;
      if (typeof data44 !== "string" && data44 !== null) {
        const err91 = { instancePath: instancePath + "/dlt_entity_id", schemaPath: "#/properties/dlt_entity_id/type", keyword: "type", params: { type: schema20.properties.dlt_entity_id.type } };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
      if (typeof data44 === "string") {
        if (func1(data44) < 1) {
          const err92 = { instancePath: instancePath + "/dlt_entity_id", schemaPath: "#/properties/dlt_entity_id/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
      }
    }
    if (data.dlt_template_id !== void 0) {
      let data45 = data.dlt_template_id;
      if (typeof data45 !== "string" && data45 !== null) {
        const err93 = { instancePath: instancePath + "/dlt_template_id", schemaPath: "#/properties/dlt_template_id/type", keyword: "type", params: { type: schema20.properties.dlt_template_id.type } };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
      if (typeof data45 === "string") {
        if (func1(data45) < 1) {
          const err94 = { instancePath: instancePath + "/dlt_template_id", schemaPath: "#/properties/dlt_template_id/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err94];
          } else {
            vErrors.push(err94);
          }
          errors++;
        }
      }
    }
    if (data.dlt_template_category !== void 0) {
      let data46 = data.dlt_template_category;
      if (typeof data46 !== "string" && data46 !== null) {
        const err95 = { instancePath: instancePath + "/dlt_template_category", schemaPath: "#/properties/dlt_template_category/type", keyword: "type", params: { type: schema20.properties.dlt_template_category.type } };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
      if (!(data46 === "transactional" || data46 === "promotional" || data46 === "service_implicit" || data46 === "service_explicit" || data46 === null)) {
        const err96 = { instancePath: instancePath + "/dlt_template_category", schemaPath: "#/properties/dlt_template_category/enum", keyword: "enum", params: { allowedValues: schema20.properties.dlt_template_category.enum } };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
  } else {
    const err97 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err97];
    } else {
      vErrors.push(err97);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var isListMessagesQuery = validate65;
var schema26 = { "title": "ListMessagesQuery", "description": "The query of listMessages: every filter optional, unknown filters rejected.", "type": "object", "additionalProperties": false, "properties": { "limit": { "type": "integer", "minimum": 1, "maximum": 20 }, "offset": { "type": "integer", "minimum": 0 }, "subaccount": { "type": "string", "pattern": "^SA[A-Z0-9]{18}$" }, "message_direction": { "type": "string", "enum": ["inbound", "outbound"] }, "message_state": { "$ref": "#/$defs/MessageState" }, "message_type": { "$ref": "#/$defs/MessageType" }, "message_time": { "$ref": "#/$defs/MessageTimeFilter" }, "message_time__gt": { "$ref": "#/$defs/MessageTimeFilter" }, "message_time__gte": { "$ref": "#/$defs/MessageTimeFilter" }, "message_time__lt": { "$ref": "#/$defs/MessageTimeFilter" }, "message_time__lte": { "$ref": "#/$defs/MessageTimeFilter" }, "error_code": { "type": ["integer", "string"], "pattern": "^[0-9]+$", "minimum": 0 }, "powerpack_id": { "type": "string", "minLength": 1 }, "tendlc_campaign_id": { "type": "string", "minLength": 1 }, "tendlc_registration_status": { "type": "string", "enum": ["registered", "unregistered"] }, "destination_country_iso2": { "type": "string", "pattern": "^[A-Z]{2}$" }, "conversation_id": { "type": "string", "minLength": 1 }, "conversation_origin": { "$ref": "#/$defs/ConversationOrigin" }, "from_number": { "type": "string", "minLength": 1 }, "to_number": { "type": "string", "minLength": 1 } } };
var pattern9 = new RegExp("^SA[A-Z0-9]{18}$", "u");
var pattern11 = new RegExp("^[0-9]+$", "u");
var pattern12 = new RegExp("^[A-Z]{2}$", "u");
var schema27 = { "type": "string", "enum": ["queued", "sent", "failed", "delivered", "undelivered", "read", "rejected", "received", "deleted"] };
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "queued" || data === "sent" || data === "failed" || data === "delivered" || data === "undelivered" || data === "read" || data === "rejected" || data === "received" || data === "deleted")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema27.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema28 = { "type": "string", "enum": ["sms", "mms", "whatsapp"] };
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
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "sms" || data === "mms" || data === "whatsapp")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema28.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern10 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?$", "u");
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
  if (typeof data === "string") {
    if (!pattern10.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?$" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema30 = { "type": "string", "enum": ["service", "utility", "authentication", "marketing"] };
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "service" || data === "utility" || data === "authentication" || data === "marketing")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema30.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { "dynamicProps": false, "dynamicItems": false };
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
    for (const key0 in data) {
      if (!func2.call(schema26.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
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
        const err1 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/type", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 20 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 } };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
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
        const err4 = { instancePath: instancePath + "/offset", schemaPath: "#/properties/offset/type", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/offset", schemaPath: "#/properties/offset/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
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
        if (!pattern9.test(data2)) {
          const err6 = { instancePath: instancePath + "/subaccount", schemaPath: "#/properties/subaccount/pattern", keyword: "pattern", params: { pattern: "^SA[A-Z0-9]{18}$" } };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/subaccount", schemaPath: "#/properties/subaccount/type", keyword: "type", params: { type: "string" } };
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
        const err8 = { instancePath: instancePath + "/message_direction", schemaPath: "#/properties/message_direction/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data3 === "inbound" || data3 === "outbound")) {
        const err9 = { instancePath: instancePath + "/message_direction", schemaPath: "#/properties/message_direction/enum", keyword: "enum", params: { allowedValues: schema26.properties.message_direction.enum } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.message_state !== void 0) {
      if (!validate66(data.message_state, { instancePath: instancePath + "/message_state", parentData: data, parentDataProperty: "message_state", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_type !== void 0) {
      if (!validate68(data.message_type, { instancePath: instancePath + "/message_type", parentData: data, parentDataProperty: "message_type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time !== void 0) {
      if (!validate70(data.message_time, { instancePath: instancePath + "/message_time", parentData: data, parentDataProperty: "message_time", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__gt !== void 0) {
      if (!validate70(data.message_time__gt, { instancePath: instancePath + "/message_time__gt", parentData: data, parentDataProperty: "message_time__gt", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__gte !== void 0) {
      if (!validate70(data.message_time__gte, { instancePath: instancePath + "/message_time__gte", parentData: data, parentDataProperty: "message_time__gte", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__lt !== void 0) {
      if (!validate70(data.message_time__lt, { instancePath: instancePath + "/message_time__lt", parentData: data, parentDataProperty: "message_time__lt", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.message_time__lte !== void 0) {
      if (!validate70(data.message_time__lte, { instancePath: instancePath + "/message_time__lte", parentData: data, parentDataProperty: "message_time__lte", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.error_code !== void 0) {
      let data11 = data.error_code;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11)) && typeof data11 !== "string") {
        const err10 = { instancePath: instancePath + "/error_code", schemaPath: "#/properties/error_code/type", keyword: "type", params: { type: schema26.properties.error_code.type } };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 0 || isNaN(data11)) {
          const err11 = { instancePath: instancePath + "/error_code", schemaPath: "#/properties/error_code/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (typeof data11 === "string") {
        if (!pattern11.test(data11)) {
          const err12 = { instancePath: instancePath + "/error_code", schemaPath: "#/properties/error_code/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" } };
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
          const err13 = { instancePath: instancePath + "/powerpack_id", schemaPath: "#/properties/powerpack_id/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/powerpack_id", schemaPath: "#/properties/powerpack_id/type", keyword: "type", params: { type: "string" } };
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
          const err15 = { instancePath: instancePath + "/tendlc_campaign_id", schemaPath: "#/properties/tendlc_campaign_id/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/tendlc_campaign_id", schemaPath: "#/properties/tendlc_campaign_id/type", keyword: "type", params: { type: "string" } };
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
        const err17 = { instancePath: instancePath + "/tendlc_registration_status", schemaPath: "#/properties/tendlc_registration_status/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data14 === "registered" || data14 === "unregistered")) {
        const err18 = { instancePath: instancePath + "/tendlc_registration_status", schemaPath: "#/properties/tendlc_registration_status/enum", keyword: "enum", params: { allowedValues: schema26.properties.tendlc_registration_status.enum } };
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
        if (!pattern12.test(data15)) {
          const err19 = { instancePath: instancePath + "/destination_country_iso2", schemaPath: "#/properties/destination_country_iso2/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" } };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/destination_country_iso2", schemaPath: "#/properties/destination_country_iso2/type", keyword: "type", params: { type: "string" } };
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
          const err21 = { instancePath: instancePath + "/conversation_id", schemaPath: "#/properties/conversation_id/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/conversation_id", schemaPath: "#/properties/conversation_id/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.conversation_origin !== void 0) {
      if (!validate76(data.conversation_origin, { instancePath: instancePath + "/conversation_origin", parentData: data, parentDataProperty: "conversation_origin", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
        errors = vErrors.length;
      }
    }
    if (data.from_number !== void 0) {
      let data18 = data.from_number;
      if (typeof data18 === "string") {
        if (func1(data18) < 1) {
          const err23 = { instancePath: instancePath + "/from_number", schemaPath: "#/properties/from_number/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/from_number", schemaPath: "#/properties/from_number/type", keyword: "type", params: { type: "string" } };
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
          const err25 = { instancePath: instancePath + "/to_number", schemaPath: "#/properties/to_number/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/to_number", schemaPath: "#/properties/to_number/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var SEND_MESSAGE_REQUEST_FIELDS = ["dlt_entity_id", "dlt_template_category", "dlt_template_id", "dst", "interactive", "location", "log", "media_ids", "media_urls", "message_expiry", "method", "powerpackUUID", "powerpack_uuid", "src", "template", "text", "trackable", "type", "url"];
export {
  SEND_MESSAGE_REQUEST_FIELDS,
  isListMessagesQuery,
  isSendMessageRequest
};
