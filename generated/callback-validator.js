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

// validators.js
var isMessageStatusCallback = validate53;
var schema20 = {"properties":{"MessageUUID":0,"Status":0,"To":0,"From":0,"Type":0,"Units":0,"TotalRate":0,"TotalAmount":0,"MCC":0,"MNC":0,"ErrorCode":0,"ParentMessageUUID":0,"PartInfo":0,"Sequence":0,"MessageTime":0,"QueuedTime":0,"SentTime":0,"DeliveryReportTime":0,"requester_ip":0,"PowerpackUUID":0,"ConversationID":0,"ConversationOrigin":{"enum":["service","utility","authentication","marketing",""]},"ConversationExpirationTimestamp":0}};
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var schema21 = {"enum":["queued","sent","failed","delivered","undelivered","read","rejected","received","deleted"]};
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
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema22 = {"enum":["sms","mms","whatsapp"]};
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
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern3 = new RegExp("^[0-9]*$", "u");
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
      if (!func1.call(schema20.properties, key0)) {
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
        if (func2(data1) < 1) {
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
      if (!validate54(data.Status, { instancePath: instancePath + "/Status", parentData: data, parentDataProperty: "Status", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
      if (!validate56(data.Type, { instancePath: instancePath + "/Type", parentData: data, parentDataProperty: "Type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.Units !== void 0) {
      let data6 = data.Units;
      if (typeof data6 === "string") {
        if (!pattern3.test(data6)) {
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
        if (!pattern3.test(data14)) {
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
        const err26 = { instancePath: instancePath + "/ConversationOrigin", schemaPath: "#/properties/ConversationOrigin/enum", keyword: "enum", params: { allowedValues: schema20.properties.ConversationOrigin.enum }, message: "must be equal to one of the allowed values" };
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
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  isMessageStatusCallback
};
