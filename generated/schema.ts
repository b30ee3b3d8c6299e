// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
export interface paths {
    "/v1/Account/{auth_id}/Message/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your auth ID (20 characters, `MA…` for a main account or `SA…` for a subaccount). Also the Basic-auth user name.
                 * @example MAXXXXXXXXXXXXXXXXXX
                 */
                auth_id: components["parameters"]["AuthId"];
            };
            cookie?: never;
        };
        /**
         * List messages
         * @description One page (at most 20) of the account's messages, newest first, filtered by the query parameters. Follow `meta.next` or raise `offset` for more.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Queue an SMS, MMS or WhatsApp message to one destination or, with `<`-joined numbers, up to 1,000.
         *     A 202 means queued, not delivered: follow the state through the `url` callbacks or `getMessage`.
         *     Messages leave Plivo's queue at your account's rate (by default 5 message segments per second; 1 per
         *     second from a US long code), so a bulk send is not delivered instantly: the last numbers of a long
         *     list go out minutes later, and a message still queued after `message_expiry` fails with error 420.
         *     Plivo has no idempotency key, so a send that timed out or got a 5xx may still have been queued;
         *     repeating it can deliver twice.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Account/{auth_id}/Message/{message_uuid}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your auth ID (20 characters, `MA…` for a main account or `SA…` for a subaccount). Also the Basic-auth user name.
                 * @example MAXXXXXXXXXXXXXXXXXX
                 */
                auth_id: components["parameters"]["AuthId"];
                /**
                 * @description UUID of the message, as returned by the send.
                 * @example db3ce55a-7f1d-11e1-8ea7-1231380bc196
                 */
                message_uuid: components["parameters"]["MessageUuid"];
            };
            cookie?: never;
        };
        /**
         * Get a message
         * @description Read one message back by its UUID, with its current state, units and charges.
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Account/{auth_id}/Message/{message_uuid}/Media/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your auth ID (20 characters, `MA…` for a main account or `SA…` for a subaccount). Also the Basic-auth user name.
                 * @example MAXXXXXXXXXXXXXXXXXX
                 */
                auth_id: components["parameters"]["AuthId"];
                /**
                 * @description UUID of the message, as returned by the send.
                 * @example db3ce55a-7f1d-11e1-8ea7-1231380bc196
                 */
                message_uuid: components["parameters"]["MessageUuid"];
            };
            cookie?: never;
        };
        /**
         * List a message's media
         * @description The media attached to an MMS or WhatsApp message. Empty when the message was sent with `log` `false`; with `number_only` the content, media included, is masked.
         */
        get: operations["listMessageMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    messageStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Base64 HMAC-SHA256 of URL, sorted parameters and nonce; several comma-separated signatures while two tokens are active. */
                "X-Plivo-Signature-V3"?: string;
                /** @description As `X-Plivo-Signature-V3`, signed with the main account's token. */
                "X-Plivo-Signature-Ma-V3"?: string;
                /** @description Nonce signed with the V3 signatures. */
                "X-Plivo-Signature-V3-Nonce"?: string;
                /** @description Base64 HMAC-SHA256 of the URL (without query) followed by the nonce. */
                "X-Plivo-Signature-V2"?: string;
                /** @description As `X-Plivo-Signature-V2`, signed with the main account's token. */
                "X-Plivo-Signature-Ma-V2"?: string;
                /** @description Nonce signed with the V2 signatures. */
                "X-Plivo-Signature-V2-Nonce"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Message status callback (GET)
         * @description Sent when the send's `method` is `GET`. The same fields arrive as query parameters, after the
         *     URL's own query: `https://example.com/status?tenant=1` is called as
         *     `https://example.com/status?tenant=1&MessageUUID=…&Status=…`. Both are signed by V3.
         */
        get: {
            parameters: {
                query: {
                    /** @description The callback fields, one query parameter each (form style, exploded). */
                    callback: components["schemas"]["MessageStatusCallback"];
                };
                header?: {
                    /** @description Base64 HMAC-SHA256 of URL, sorted parameters and nonce; several comma-separated signatures while two tokens are active. */
                    "X-Plivo-Signature-V3"?: string;
                    /** @description As `X-Plivo-Signature-V3`, signed with the main account's token. */
                    "X-Plivo-Signature-Ma-V3"?: string;
                    /** @description Nonce signed with the V3 signatures. */
                    "X-Plivo-Signature-V3-Nonce"?: string;
                    /** @description Base64 HMAC-SHA256 of the URL (without query) followed by the nonce. */
                    "X-Plivo-Signature-V2"?: string;
                    /** @description As `X-Plivo-Signature-V2`, signed with the main account's token. */
                    "X-Plivo-Signature-Ma-V2"?: string;
                    /** @description Nonce signed with the V2 signatures. */
                    "X-Plivo-Signature-V2-Nonce"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Received. Any other status makes Plivo retry. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the receiver, for example because the signature does not verify. Plivo retries as after any answer other than 200. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * Message status callback (POST)
         * @description Sent when the send's `method` is `POST` or absent. The fields arrive as an `application/x-www-form-urlencoded` form; the URL keeps its own query.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Base64 HMAC-SHA256 of URL, sorted parameters and nonce; several comma-separated signatures while two tokens are active. */
                    "X-Plivo-Signature-V3"?: string;
                    /** @description As `X-Plivo-Signature-V3`, signed with the main account's token. */
                    "X-Plivo-Signature-Ma-V3"?: string;
                    /** @description Nonce signed with the V3 signatures. */
                    "X-Plivo-Signature-V3-Nonce"?: string;
                    /** @description Base64 HMAC-SHA256 of the URL (without query) followed by the nonce. */
                    "X-Plivo-Signature-V2"?: string;
                    /** @description As `X-Plivo-Signature-V2`, signed with the main account's token. */
                    "X-Plivo-Signature-Ma-V2"?: string;
                    /** @description Nonce signed with the V2 signatures. */
                    "X-Plivo-Signature-V2-Nonce"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": components["schemas"]["MessageStatusCallback"];
                };
            };
            responses: {
                /** @description Received. Any other status makes Plivo retry. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the receiver, for example because the signature does not verify. Plivo retries as after any answer other than 200. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * SendMessageRequest
         * @description The body of a send. One flat, closed object: a field that is not listed here is rejected.
         *     Every optional field also accepts `null`, meaning "absent".
         *
         *     Rules between fields:
         *     - exactly one of `src` and `powerpack_uuid` is a non-null string;
         *     - `sms` (also when `type` is absent or null) needs a non-empty `text` and takes no media and no
         *       WhatsApp object;
         *     - `mms` needs `media_urls` or `media_ids` and takes no WhatsApp object;
         *     - `whatsapp` needs `src` (a Powerpack cannot send WhatsApp), at most one media file (`media_urls`
         *       and `media_ids` together), and something to send: `text`, media, `template`, `interactive` or
         *       `location`;
         *     - `template`, `interactive` and `location` only with `whatsapp`.
         *
         *     Also checked before sending by the plivo-message-openapi client, beyond what the schema states: SMS text of at
         *     most 737 characters when it contains a character outside GSM-7, a WhatsApp caption of at most
         *     1,024 characters, at most 10 media files on an MMS counting `media_urls` and `media_ids` together,
         *     at most 1,000 unique `<`-joined destinations each starting with a country code, and sender IDs of
         *     at most 14 digits or 11 alphanumerics after sanitising.
         * @example {
         *       "src": "14155550100",
         *       "dst": "14155550123",
         *       "text": "Order 4821 has shipped."
         *     }
         */
        SendMessageRequest: {
            /**
             * @description Sender ID: a phone number in international format, a short code, or an alphanumeric sender ID.
             *     Plivo strips every character other than A-Z, a-z and 0-9; what remains must be at most 14
             *     digits starting with the country code, or at most 11 alphanumerics (alphanumeric sender IDs are
             *     disabled by default). For WhatsApp, the number linked to your WhatsApp Business Account. For
             *     India DLT traffic, the registered DLT header. A Plivo number is required towards the US and
             *     Canada. Exactly one of `src` and `powerpack_uuid` must be given.
             * @example 14155550100
             */
            src?: string | null;
            /**
             * @description UUID of the Powerpack (number pool) that picks the sender. Use instead of `src`, never with it.
             *     Cannot be used for WhatsApp.
             * @example d35f2e82-d387-427f-8594-6fa07613c43a
             */
            powerpack_uuid?: string | null;
            /**
             * @deprecated
             * @description Ignored by Plivo. Use `powerpack_uuid`.
             * @example d35f2e82-d387-427f-8594-6fa07613c43a
             */
            powerpackUUID?: string | null;
            /**
             * @description Destination number, or several joined with `<` (bulk, at most 1,000 unique numbers per request;
             *     duplicates are removed by Plivo). Plivo strips `/ - . + ( )` and whitespace; each number must
             *     then start with the country code and be at most 14 digits. Malformed numbers do not fail the
             *     request: Plivo lists them in `invalid_number` of the 202 response, so this schema only requires
             *     a non-empty string and the client checks each number. For WhatsApp, each destination starts its
             *     own conversation.
             * @example 14155550123<14155550124
             */
            dst: string;
            /**
             * @description The message text. Required for SMS. SMS: up to 1,600 characters of the GSM 03.38 7-bit
             *     alphabet, or up to 737 characters when the text contains any other character (which switches
             *     the whole message to UCS-2). Billing is per segment: GSM-7 text fits 160 characters in one
             *     segment, then 153 per segment, with extension characters such as `€ [ ] { } ^ ~ | \` taking two;
             *     UCS-2 text fits 70, then 67 per segment, with an emoji taking two. MMS: optional. WhatsApp:
             *     free-form text up to 4,096 characters, or a caption of up to 1,024 characters when sent with
             *     media; a non-template message outside an open conversation fails with error 340.
             * @example Order 4821 has shipped.
             */
            text?: string | null;
            /**
             * @description Message channel. `sms` when absent.
             * @example sms
             * @enum {string|null}
             */
            type?: "sms" | "mms" | "whatsapp" | null;
            /**
             * @description Media to attach: a JSON array of http(s) URLs, or the same URLs in one comma-separated string.
             *     MMS: 1 to 10 files counting `media_ids` too, at most 5 MB in total (larger messages fail with
             *     error 120); gif, png and jpeg are adapted for the handset; order is not guaranteed. WhatsApp:
             *     a single file (image, video, document or audio), counting `media_ids` too. Not allowed on an
             *     SMS. With `log` set to `false` or `number_only` the media is not logged.
             * @example [
             *       "https://example.com/m/pass.png"
             *     ]
             */
            media_urls?: string[] | string | null;
            /**
             * @description IDs of media uploaded beforehand through Plivo's Media resource. Instead of, or together with, `media_urls`; the limits on media files (10 on an MMS, 1 on WhatsApp) count both.
             * @example [
             *       "801c2056-33ab-499c-80ef-58b574a462a2"
             *     ]
             */
            media_ids?: string[] | null;
            /**
             * Format: uri
             * @description Fully qualified http(s) URL that receives a status callback each time the message changes state (see the `messageStatus` webhook).
             * @example https://example.com/plivo/status
             */
            url?: string | null;
            /**
             * @description HTTP method of the status callback to `url`. `POST` (form fields) when absent; `GET` sends the same fields as query parameters.
             * @example POST
             * @enum {string|null}
             */
            method?: "GET" | "POST" | null;
            /**
             * @description What Plivo may log. `true` (the default) logs the phone number and the content (text and
             *     media). `false` logs neither: the number is masked (for example `141XXXXX528`) and the media
             *     list of the message comes back empty. `content_only` logs the content and masks the number;
             *     `number_only` logs the number and masks the content. Given as a boolean or as a string; the
             *     empty string is accepted, and Plivo does not document its effect. Plivo may still log content
             *     where local law requires it.
             * @example true
             * @enum {boolean|string|null}
             */
            log?: true | false | "true" | "false" | "content_only" | "number_only" | "" | null;
            /**
             * @description Set to true when the message has a trackable user action (for example a 2FA code) and you will
             *     report conversions through the Conversion Feedback API. Defaults to false. A boolean or the
             *     string `true` / `false`.
             * @example false
             * @enum {boolean|string|null}
             */
            trackable?: true | false | "true" | "false" | null;
            /**
             * @description Seconds the message may wait in Plivo's queue before it fails with error 420: 5 to 10,800, as
             *     an integer or a digit string. 10,800 seconds (3 hours) is the default.
             * @example 3600
             */
            message_expiry?: number | string | null;
            /**
             * @description A WhatsApp message template. Only with `type` whatsapp. Templates are the only messages that can open a conversation.
             * @example {
             *       "name": "order_update",
             *       "language": "en_US",
             *       "components": [
             *         {
             *           "type": "body",
             *           "parameters": [
             *             {
             *               "type": "text",
             *               "text": "Ana"
             *             }
             *           ]
             *         }
             *       ]
             *     }
             */
            template?: components["schemas"]["WhatsAppTemplate"] | null;
            /**
             * @description A WhatsApp interactive message (list, reply buttons or call-to-action URL). Only with `type` whatsapp, inside an open conversation.
             * @example {
             *       "type": "button",
             *       "body": {
             *         "text": "Confirm your slot?"
             *       },
             *       "action": {
             *         "buttons": [
             *           {
             *             "id": "yes",
             *             "title": "Confirm"
             *           },
             *           {
             *             "id": "no",
             *             "title": "Reschedule"
             *           }
             *         ]
             *       }
             *     }
             */
            interactive?: components["schemas"]["WhatsAppInteractive"] | null;
            /**
             * @description A WhatsApp location pin. Only with `type` whatsapp.
             * @example {
             *       "latitude": "37.483307",
             *       "longitude": "-122.148981",
             *       "name": "Acme HQ",
             *       "address": "1 Hacker Way, Menlo Park, CA 94025"
             *     }
             */
            location?: components["schemas"]["WhatsAppLocation"] | null;
            /**
             * @description India DLT only. The entity ID from your DLT registration. A wrong value fails the message with error 160.
             * @example 1201159123456789012
             */
            dlt_entity_id?: string | null;
            /**
             * @description India DLT only. The DLT template ID; the template must be linked to the header sent as `src`. A wrong value fails the message with error 160.
             * @example 1207161234567890123
             */
            dlt_template_id?: string | null;
            /**
             * @description India DLT only. The template's category in the DLT portal; a wrong category risks failures from DND scrubbing.
             * @example service_implicit
             * @enum {string|null}
             */
            dlt_template_category?: "transactional" | "promotional" | "service_implicit" | "service_explicit" | null;
        } & (unknown & unknown & unknown & unknown);
        /**
         * WhatsAppTemplate
         * @description A pre-approved WhatsApp message template, identified by `name` plus `language`. `components` carry
         *     the values of the template's variables; a template without variables needs none. Nested optional
         *     fields accept `null` as "absent".
         * @example {
         *       "name": "order_update",
         *       "language": "en_US",
         *       "components": [
         *         {
         *           "type": "body",
         *           "parameters": [
         *             {
         *               "type": "text",
         *               "text": "Ana"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        WhatsAppTemplate: {
            /**
             * @description Template name as approved in WhatsApp Manager.
             * @example order_update
             */
            name: string;
            /**
             * @description Language code of the approved template, for example `en_US` or `pt_BR`.
             * @example en_US
             */
            language: string;
            /** @description Values for the template's header, body and button variables; may be empty. */
            components?: components["schemas"]["WhatsAppTemplateComponent"][] | null;
        };
        /**
         * WhatsAppTemplateComponent
         * @description The variable values of one part of a template (a footer has no variables).
         */
        WhatsAppTemplateComponent: {
            /**
             * @description Which part of the template the parameters fill. `carousel` holds `cards`.
             * @example body
             * @enum {string}
             */
            type: "header" | "body" | "button" | "carousel";
            /**
             * @description For a `button` component, the kind of button.
             * @example url
             * @enum {string|null}
             */
            sub_type?: "url" | "quick_reply" | null;
            /**
             * @description For a `button` component, the button's position in the template, as a digit string (`"0"` to
             *     `"9"`), not a number.
             * @example 0
             */
            index?: string | null;
            /** @description The values, in the order of the template's placeholders (or named through `parameter_name`). */
            parameters?: components["schemas"]["WhatsAppTemplateParameter"][] | null;
            /** @description Carousel cards, each with its own components. */
            cards?: {
                /** @description Zero-based position of the card. Absent means 0. */
                card_index?: number;
                /** @description The card's header, body and button values. */
                components: components["schemas"]["WhatsAppTemplateComponent"][];
            }[] | null;
        };
        /**
         * WhatsAppTemplateParameter
         * @description One variable value. `type` says which of the value fields must be present: `text` needs `text`,
         *     `media` needs `media`, `payload` needs `payload`, `currency` needs `currency`, `date_time` needs
         *     `date_time`, `location` needs `location`. Any kind may name its variable in `parameter_name`
         *     (templates with named variables), and may carry the other value fields as `null` (or valid).
         */
        WhatsAppTemplateParameter: {
            /**
             * @description Kind of value.
             * @example text
             * @enum {unknown}
             */
            type: "text" | "media" | "payload" | "currency" | "date_time" | "location";
        } & (components["schemas"]["WhatsAppTemplateTextParameter"] | components["schemas"]["WhatsAppTemplateMediaParameter"] | components["schemas"]["WhatsAppTemplatePayloadParameter"] | components["schemas"]["WhatsAppTemplateCurrencyParameter"] | components["schemas"]["WhatsAppTemplateDateTimeParameter"] | components["schemas"]["WhatsAppTemplateLocationParameter"]);
        /** WhatsAppTemplateTextParameter */
        WhatsAppTemplateTextParameter: {
            type: "text";
            parameter_name?: string | null;
            /**
             * @description Text value, not empty.
             * @example Ana
             */
            text: string;
            /** Format: uri */
            media?: string | null;
            payload?: string | null;
            currency?: components["schemas"]["WhatsAppTemplateCurrency"] | null;
            date_time?: components["schemas"]["WhatsAppTemplateDateTime"] | null;
            location?: components["schemas"]["WhatsAppLocation"] | null;
        };
        /** WhatsAppTemplateMediaParameter */
        WhatsAppTemplateMediaParameter: {
            type: "media";
            parameter_name?: string | null;
            text?: string | null;
            /**
             * Format: uri
             * @description URL of the header image, video or document.
             * @example https://example.com/m/receipt.jpg
             */
            media: string;
            payload?: string | null;
            currency?: components["schemas"]["WhatsAppTemplateCurrency"] | null;
            date_time?: components["schemas"]["WhatsAppTemplateDateTime"] | null;
            location?: components["schemas"]["WhatsAppLocation"] | null;
        };
        /** WhatsAppTemplatePayloadParameter */
        WhatsAppTemplatePayloadParameter: {
            type: "payload";
            parameter_name?: string | null;
            text?: string | null;
            /** Format: uri */
            media?: string | null;
            /**
             * @description Payload returned when a quick-reply button is tapped.
             * @example STOP_UPDATES
             */
            payload: string;
            currency?: components["schemas"]["WhatsAppTemplateCurrency"] | null;
            date_time?: components["schemas"]["WhatsAppTemplateDateTime"] | null;
            location?: components["schemas"]["WhatsAppLocation"] | null;
        };
        /** WhatsAppTemplateCurrencyParameter */
        WhatsAppTemplateCurrencyParameter: {
            type: "currency";
            parameter_name?: string | null;
            text?: string | null;
            /** Format: uri */
            media?: string | null;
            payload?: string | null;
            currency: components["schemas"]["WhatsAppTemplateCurrency"];
            date_time?: components["schemas"]["WhatsAppTemplateDateTime"] | null;
            location?: components["schemas"]["WhatsAppLocation"] | null;
        };
        /** WhatsAppTemplateDateTimeParameter */
        WhatsAppTemplateDateTimeParameter: {
            type: "date_time";
            parameter_name?: string | null;
            text?: string | null;
            /** Format: uri */
            media?: string | null;
            payload?: string | null;
            currency?: components["schemas"]["WhatsAppTemplateCurrency"] | null;
            date_time: components["schemas"]["WhatsAppTemplateDateTime"];
            location?: components["schemas"]["WhatsAppLocation"] | null;
        };
        /** WhatsAppTemplateLocationParameter */
        WhatsAppTemplateLocationParameter: {
            type: "location";
            parameter_name?: string | null;
            text?: string | null;
            /** Format: uri */
            media?: string | null;
            payload?: string | null;
            currency?: components["schemas"]["WhatsAppTemplateCurrency"] | null;
            date_time?: components["schemas"]["WhatsAppTemplateDateTime"] | null;
            location: components["schemas"]["WhatsAppLocation"];
        };
        /**
         * WhatsAppTemplateCurrency
         * @description A localised currency amount.
         */
        WhatsAppTemplateCurrency: {
            /**
             * @description Text shown where the currency cannot be localised.
             * @example $100.99
             */
            fallback_value: string;
            /**
             * @description ISO 4217 code.
             * @example USD
             */
            currency_code: string;
            /**
             * @description The amount multiplied by 1,000, as an integer (100990 is 100.99).
             * @example 100990
             */
            amount_1000: number;
        };
        /**
         * WhatsAppTemplateDateTime
         * @description A date.
         */
        WhatsAppTemplateDateTime: {
            /**
             * @description The date as text.
             * @example June 21, 2024
             */
            fallback_value: string;
        };
        /**
         * WhatsAppInteractive
         * @description A WhatsApp interactive message: a `list` menu, up to three reply `button`s, or one call-to-action
         *     URL button (`cta_url`). Interactive messages are free-form, so they need an open conversation.
         *     The rules and text limits below are WhatsApp's, which reject the message otherwise: body up to
         *     1,024 characters, header and footer up to 60, button titles up to 20, section and row titles up
         *     to 24, row descriptions up to 72, at most 10 sections (and 10 rows in all, checked by the client).
         *     Unset fields may be `null`.
         */
        WhatsAppInteractive: {
            /**
             * @description Kind of interactive message.
             * @example list
             * @enum {string}
             */
            type: "list" | "button" | "cta_url";
            /** @description Optional header. */
            header?: (({
                /**
                 * @description A text header or a media (image, video, document) header.
                 * @enum {string}
                 */
                type: "text" | "media";
                /** @description Header text, with `type` text. */
                text?: string | null;
                /**
                 * Format: uri
                 * @description Header media URL, with `type` media.
                 */
                media?: string | null;
            } & (unknown & unknown)) | null) & (unknown & unknown);
            /** @description The main text. */
            body: {
                /**
                 * @description The message text.
                 * @example Pick a reward to learn more
                 */
                text: string;
            };
            /** @description Optional footer. */
            footer?: {
                /** @description Footer text. */
                text: string;
            } | null;
            /** @description Buttons and list sections. */
            action: {
                /**
                 * @description `button`: 1 to 3 reply buttons, each with `id` and `title`. `cta_url`: exactly one button
                 *     with `title` and `cta_url`. `list`: at most one entry whose `title` labels the menu. An empty
                 *     array is accepted where no buttons belong.
                 */
                buttons?: {
                    /** @description Reply identifier returned when the button is tapped. */
                    id?: string | null;
                    /** @description Button label. */
                    title: string;
                    /**
                     * Format: uri
                     * @description URL opened by a `cta_url` button.
                     */
                    cta_url?: string | null;
                }[] | null;
                /** @description `list` only: the menu sections. Other kinds accept only `null` or an empty array. */
                sections?: {
                    /** @description Section heading (required by WhatsApp when there is more than one section). */
                    title?: string | null;
                    rows: {
                        /** @description Identifier returned when the row is chosen. */
                        id: string;
                        /** @description Row label. */
                        title: string;
                        /** @description Secondary text under the row label. */
                        description?: string | null;
                    }[];
                }[] | null;
            };
        } & (unknown & unknown & unknown);
        /**
         * WhatsAppLocation
         * @description A location pin. The coordinates are decimal degrees given as strings (`"37.483307"`, not a
         *     number); `name` and `address` are optional. The client also checks the
         *     coordinate ranges (latitude -90 to 90, longitude -180 to 180).
         */
        WhatsAppLocation: {
            /**
             * @description Latitude in decimal degrees, as a string.
             * @example 37.483307
             */
            latitude: string;
            /**
             * @description Longitude in decimal degrees, as a string.
             * @example -122.148981
             */
            longitude: string;
            /**
             * @description Name of the place.
             * @example Pablo Morales
             */
            name?: string | null;
            /**
             * @description Street address of the place.
             * @example 1 Hacker Way, Menlo Park, CA 94025
             */
            address?: string | null;
        };
        /**
         * SendMessageResponse
         * @description The 202 answer to a send: the message is queued, not yet delivered. Responses are open objects
         *     (fields Plivo adds later do not break validation).
         */
        SendMessageResponse: {
            /**
             * @description Identifier of this API request, for support.
             * @example db342550-7f1d-11e1-8ea7-1231380bc196
             */
            api_id: string;
            /**
             * @description Always `message(s) queued` on success.
             * @example message(s) queued
             */
            message: string;
            /**
             * @description One UUID per valid destination, always an array even for a single recipient. Plivo does not
             *     document that the order matches the order of `dst`.
             * @example [
             *       "db3ce55a-7f1d-11e1-8ea7-1231380bc196"
             *     ]
             */
            message_uuid: string[];
            /**
             * @description Bulk sends only, when some destinations were malformed. Those numbers got no message.
             * @example [
             *       "jsgf3dsjh28372"
             *     ]
             */
            invalid_number?: string[];
            /** @description An error text; not expected on a 202. */
            error?: string;
        };
        /**
         * Message
         * @description A message as Plivo stores it. Times look like `2017-05-22 21:36:14+05:30` (space separated, with
         *     an offset, sometimes with microseconds). Optional text fields come back as `null` or `""`.
         *     Amounts are decimal strings. An open object: fields Plivo adds later do not break validation.
         */
        Message: {
            /**
             * @description Identifier of the API request; on a single GET only.
             * @example 1e3c2c0e-5f6d-11ef-9f36-0242ac110003
             */
            api_id?: string;
            /**
             * @description The message's UUID.
             * @example db3ce55a-7f1d-11e1-8ea7-1231380bc196
             */
            message_uuid: string;
            /**
             * @description When the message was created.
             * @example 2017-05-22 21:36:14+05:30
             */
            message_time?: string | null;
            /**
             * @description When it was handed to the carrier.
             * @example 2024-08-21 18:28:49.244057+05:30
             */
            message_sent_time?: string | null;
            /**
             * @description Last state change.
             * @example 2024-08-21 18:28:51.104357+05:30
             */
            message_updated_time?: string | null;
            /**
             * @description Inbound (received by your number) or outbound (sent by you).
             * @example outbound
             * @enum {string}
             */
            message_direction: "inbound" | "outbound";
            message_state: components["schemas"]["MessageState"];
            message_type: components["schemas"]["MessageType"];
            /**
             * @description Sender, digits without `+` for numbers.
             * @example 14155550100
             */
            from_number?: string | null;
            /**
             * @description Destination, digits without `+`; masked (for example `141XXXXX528`) when the message was sent with `log` `false` or `content_only`.
             * @example 14155550123
             */
            to_number?: string | null;
            /**
             * @description Billed segments.
             * @example 1
             */
            units?: number | null;
            /**
             * @description Rate per unit, a decimal string.
             * @example 0.00250
             */
            total_rate?: string | null;
            /**
             * @description Rate times units, a decimal string.
             * @example 0.00250
             */
            total_amount?: string | null;
            /**
             * @description Delivery error code (`000` when delivered); see the `messageStatus` webhook for the meaning of each code.
             * @example 000
             */
            error_code?: string | null;
            /**
             * @description Text for the error code, often empty.
             * @example
             */
            error_message?: string | null;
            /**
             * @description Relative URI of this message.
             * @example /v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/db3ce55a-7f1d-11e1-8ea7-1231380bc196/
             */
            resource_uri?: string | null;
            /**
             * @description Powerpack used, if any.
             * @example
             */
            powerpack_id?: string | null;
            /**
             * @description IP address that made the send request.
             * @example 203.0.113.7
             */
            requester_ip?: string | null;
            /**
             * @description Sender ID actually used when Plivo replaced yours.
             * @example
             */
            replaced_sender?: string | null;
            /**
             * @description Whether source and destination are in the same country.
             * @example true
             */
            is_domestic?: boolean | null;
            /**
             * @description ISO 3166 alpha-2 country of the destination.
             * @example US
             */
            destination_country_iso2?: string | null;
            /**
             * @description Destination carrier, when known.
             * @example Verizon
             */
            destination_network?: string | null;
            /**
             * @description Carrier surcharge, a decimal string.
             * @example 0.00000
             */
            carrier_fees?: string | null;
            /**
             * @description Carrier surcharge per unit, a decimal string.
             * @example 0.00000
             */
            carrier_fees_rate?: string | null;
            /**
             * @description US 10DLC campaign.
             * @example CXXXXXX
             */
            tendlc_campaign_id?: string | null;
            /**
             * @description US 10DLC registration status.
             * @example registered
             */
            tendlc_registration_status?: string | null;
            /**
             * @description India DLT entity ID sent with the message.
             * @example null
             */
            dlt_entity_id?: string | null;
            /**
             * @description India DLT template ID sent with the message.
             * @example null
             */
            dlt_template_id?: string | null;
            /**
             * @description India DLT template category sent with the message.
             * @example null
             */
            dlt_template_category?: string | null;
            /**
             * @description WhatsApp conversation.
             * @example null
             */
            conversation_id?: string | null;
            /** @description WhatsApp conversation category. */
            conversation_origin?: components["schemas"]["ConversationOrigin"] | null | "";
            /**
             * @description When the WhatsApp conversation window closes. Fixtures show `2023-08-03 23:02:00+05:30`; the
             *     callback docs call it a Unix timestamp and one page names it `conversation_expiry_timestamp`,
             *     so it is kept a free-form string.
             * @example 2023-08-03 23:02:00+05:30
             */
            conversation_expiration_timestamp?: string | null;
            /**
             * @description The logging choice the message was sent with.
             * @example true
             */
            log?: string | null;
            /** @description Legacy rate field; not documented. */
            cloud_rate?: string | null;
            /** @description Legacy rate field; not documented. */
            carrier_rate?: string | null;
        };
        /**
         * MessageList
         * @description One page of messages, newest first.
         */
        MessageList: {
            /**
             * @description Identifier of the API request.
             * @example 2a5ae5c4-5f6d-11ef-9f36-0242ac110003
             */
            api_id?: string;
            /** @description Paging information. */
            meta: {
                /** @description Page size asked for. */
                limit: number;
                /** @description Position of the first object of this page. */
                offset: number;
                /** @description Relative URI of the next page, `null` on the last page. */
                next?: string | null;
                /** @description Relative URI of the previous page, `null` on the first page. */
                previous?: string | null;
                /** @description Messages matching the filters (missing from some answers). */
                total_count?: number;
            };
            /** @description The messages of this page. */
            objects: components["schemas"]["Message"][];
        };
        /**
         * MessageMediaList
         * @description Media attached to a message. Empty when the message was sent with `log` `false`; with `number_only` the content, media included, is masked.
         */
        MessageMediaList: {
            /**
             * @description Identifier of the API request.
             * @example 3b1f7a10-5f6d-11ef-9f36-0242ac110003
             */
            api_id?: string;
            /** @description The message the media belongs to. */
            message_uuid?: string;
            /** @description The media items. */
            objects: {
                /**
                 * @description MIME type.
                 * @example image/png
                 */
                content_type?: string;
                /**
                 * @description Media identifier.
                 * @example 801c2056-33ab-499c-80ef-58b574a462a2
                 */
                media_id: string;
                /**
                 * @description Where Plivo serves the media.
                 * @example https://media.plivo.com/Account/MAXXXXXXXXXXXXXXXXXX/Message/db3ce55a-7f1d-11e1-8ea7-1231380bc196/Media/801c2056-33ab-499c-80ef-58b574a462a2
                 */
                media_url: string;
                /** @description The message. */
                message_uuid?: string;
                /**
                 * @description Size in bytes; an integer in most answers, a digit string in some.
                 * @example 766424
                 */
                size?: number | string;
                /** @description Original file name, when known. */
                file_name?: string | null;
                /** @description When the media was stored. */
                upload_time?: string | null;
            }[];
        };
        /**
         * MessageState
         * @description Where a message is. Outbound: `queued` (accepted), `sent` (handed to the carrier; charged), then
         *     `delivered` or `undelivered` from the carrier's receipt, or `failed` (failed inside Plivo before any
         *     carrier saw it; not charged). A message can stay `sent` when the carrier sends no receipt. `read` is
         *     WhatsApp only. Inbound: `received`. `rejected` and `deleted` appear in older documentation.
         * @example delivered
         * @enum {string}
         */
        MessageState: "queued" | "sent" | "failed" | "delivered" | "undelivered" | "read" | "rejected" | "received" | "deleted";
        /**
         * MessageType
         * @description Channel of a message.
         * @example sms
         * @enum {string}
         */
        MessageType: "sms" | "mms" | "whatsapp";
        /**
         * ConversationOrigin
         * @description WhatsApp conversation category, which sets the conversation's price.
         * @example utility
         * @enum {string}
         */
        ConversationOrigin: "service" | "utility" | "authentication" | "marketing";
        /**
         * MessageTimeFilter
         * @description A UTC time for the `message_time` filters, `YYYY-MM-DD HH:MM[:ss[.uuuuuu]]`.
         * @example 2024-08-21 00:00:00
         */
        MessageTimeFilter: string;
        /**
         * Error
         * @description The body of every error answer. `api_id` can be missing (seen on 401). Some answers nest the text
         *     as `{"error": {"error": "..."}}`, so `error` is a string or an object.
         */
        Error: {
            /**
             * @description Identifier of the failed API request, for support.
             * @example 5e6f42d8-5f6d-11ef-9f36-0242ac110003
             */
            api_id?: string;
            /**
             * @description What went wrong.
             * @example invalid destination number
             */
            error: string | Record<string, never>;
        };
        /**
         * MessageStatusCallback
         * @description What Plivo sends to the `url` given at send time, each time the message changes state: form fields
         *     on POST, query parameters on GET. Every value arrives as a string, numbers included (`Units`,
         *     `TotalRate`, `TotalAmount`, `ErrorCode`, `Sequence`, `MCC`, `MNC`); they are kept as strings here.
         *     Plivo retries a callback 3 times (after 60, 120 and 240 s) until your endpoint answers 200, so
         *     answer quickly and make the handler idempotent on (`MessageUUID`, `Status`, `Sequence`); use
         *     `Sequence` to discard stale callbacks. Fields Plivo adds later are accepted as extra strings.
         */
        MessageStatusCallback: {
            /**
             * @description The message.
             * @example db3ce55a-7f1d-11e1-8ea7-1231380bc196
             */
            MessageUUID: string;
            Status: components["schemas"]["MessageState"];
            /**
             * @description Destination number.
             * @example 14155550123
             */
            To?: string;
            /**
             * @description Sender ID actually used.
             * @example 14155550100
             */
            From?: string;
            Type?: components["schemas"]["MessageType"];
            /**
             * @description Billed segments, as a digit string.
             * @example 1
             */
            Units?: string;
            /**
             * @description Rate per unit, a decimal string.
             * @example 0.00250
             */
            TotalRate?: string;
            /**
             * @description Rate times units, a decimal string.
             * @example 0.00250
             */
            TotalAmount?: string;
            /**
             * @description Mobile country code of the destination.
             * @example 310
             */
            MCC?: string;
            /**
             * @description Mobile network code of the destination.
             * @example 004
             */
            MNC?: string;
            /**
             * @description Set for `failed` and `undelivered` (`000` or empty otherwise). An open string: Plivo's catalogue
             *     has more codes than these. 10 invalid message; 20 network error at the carrier (temporary, retry
             *     later); 30 spam detected; 40 invalid source number; 50 invalid destination number; 60 loop
             *     detected; 70 destination permanently unavailable; 80 destination temporarily unavailable (retry
             *     later); 90 no route; 100 prohibited by carrier; 110 message too long; 120 MMS larger than 5 MB;
             *     160 wrong DLT parameters; 200 recipient opted out; 340 WhatsApp free-form message without an
             *     open conversation; 420 expired in the queue (`message_expiry`); 450 destination country barred by
             *     Geo Permissions; 900 insufficient credit; 1000 unknown error.
             * @example 000
             */
            ErrorCode?: string;
            /**
             * @description Reserved; equals `MessageUUID`.
             * @example db3ce55a-7f1d-11e1-8ea7-1231380bc196
             */
            ParentMessageUUID?: string;
            /**
             * @description Reserved; ignore.
             * @example 1 of 1
             */
            PartInfo?: string;
            /**
             * @description Order in which Plivo generated the callbacks for this message, as a digit string.
             * @example 2
             */
            Sequence?: string;
            /**
             * @description Creation time, `YYYY-mm-dd HH:MM:SS.SSSSSS`.
             * @example 2024-08-21 12:58:47.123456
             */
            MessageTime?: string;
            /**
             * @description When the message was queued.
             * @example 2024-08-21 12:58:47.223456
             */
            QueuedTime?: string;
            /**
             * @description When the message was handed to the carrier.
             * @example 2024-08-21 12:58:49.244057
             */
            SentTime?: string;
            /**
             * @description When the carrier's receipt arrived.
             * @example 2024-08-21 12:58:51.104357
             */
            DeliveryReportTime?: string;
            /**
             * @description IP address that made the send request (snake case in Plivo's payload).
             * @example 203.0.113.7
             */
            requester_ip?: string;
            /**
             * @description Powerpack used; empty when none.
             * @example
             */
            PowerpackUUID?: string;
            /**
             * @description WhatsApp only.
             * @example 9b6a1c2d3e4f
             */
            ConversationID?: string;
            /**
             * @description WhatsApp only; empty otherwise.
             * @example utility
             * @enum {string}
             */
            ConversationOrigin?: "service" | "utility" | "authentication" | "marketing" | "";
            /**
             * @description WhatsApp only. Called a Unix timestamp in the callback docs; a date-time string in fixtures.
             * @example 1723045367
             */
            ConversationExpirationTimestamp?: string;
        } & {
            [key: string]: string;
        };
    };
    responses: {
        /** @description A parameter is missing or invalid. The message was not queued. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "api_id": "5e6f42d8-5f6d-11ef-9f36-0242ac110003",
                 *       "error": "invalid 'type' parameter"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or wrong credentials (auth ID and auth token in HTTP Basic authentication). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "authentication credentials were not provided"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description On a send, Geo Permissions: the destination country is not enabled for the account (enable it
         *     in the console). Elsewhere, the credentials may not access this resource.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "api_id": "7a0d51f2-5f6d-11ef-9f36-0242ac110003",
                 *       "error": "This destination country is not enabled in your Geo Permissions settings"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such message (or account). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "api_id": "80a1b8d6-5f6d-11ef-9f36-0242ac110003",
                 *       "error": "not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The HTTP method is not allowed on this path. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "api_id": "8b2c0a40-5f6d-11ef-9f36-0242ac110003",
                 *       "error": "method not allowed"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Rate limited (by default 300 API requests per 5 seconds per account, 100 concurrent requests).
         *     The request was rejected, so repeating it later is safe. No `Retry-After` header is documented;
         *     clients should honour one when present.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "api_id": "93f5a3c2-5f6d-11ef-9f36-0242ac110003",
                 *       "error": "too many requests"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Plivo failed. For a send the message may or may not have been queued: Plivo has no idempotency
         *     key, so repeating the send can deliver it twice.
         */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "api_id": "9c77e1a4-5f6d-11ef-9f36-0242ac110003",
                 *       "error": "internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Your auth ID (20 characters, `MA…` for a main account or `SA…` for a subaccount). Also the Basic-auth user name.
         * @example MAXXXXXXXXXXXXXXXXXX
         */
        AuthId: string;
        /**
         * @description UUID of the message, as returned by the send.
         * @example db3ce55a-7f1d-11e1-8ea7-1231380bc196
         */
        MessageUuid: string;
        /**
         * @description Page size, 1 to 20 (20 when absent).
         * @example 20
         */
        Limit: number;
        /**
         * @description Number of messages to skip.
         * @example 0
         */
        Offset: number;
        /**
         * @description Only messages of this subaccount (its `SA…` auth ID).
         * @example SAXXXXXXXXXXXXXXXXXX
         */
        Subaccount: string;
        /**
         * @description Only inbound or only outbound messages.
         * @example outbound
         */
        MessageDirection: "inbound" | "outbound";
        /** @description Only messages in this state. */
        MessageStateFilter: components["schemas"]["MessageState"];
        /** @description Only messages of this channel. */
        MessageTypeFilter: components["schemas"]["MessageType"];
        /** @description Only messages created at exactly this time, in UTC, like `2024-05-01 10:00` or `2024-05-01 10:00:00.123456`. */
        MessageTime: components["schemas"]["MessageTimeFilter"];
        /** @description Only messages created after this time (UTC, like `2024-05-01 10:00:00`). */
        MessageTimeGt: components["schemas"]["MessageTimeFilter"];
        /** @description Only messages created at or after this time (UTC). */
        MessageTimeGte: components["schemas"]["MessageTimeFilter"];
        /** @description Only messages created before this time (UTC). */
        MessageTimeLt: components["schemas"]["MessageTimeFilter"];
        /** @description Only messages created at or before this time (UTC). */
        MessageTimeLte: components["schemas"]["MessageTimeFilter"];
        /**
         * @description Only messages that failed with this delivery error code.
         * @example 30
         */
        ErrorCodeFilter: number | string;
        /** @description Only messages sent through this Powerpack. */
        PowerpackId: string;
        /** @description Only messages of this US 10DLC campaign. */
        TendlcCampaignId: string;
        /** @description Only messages whose US 10DLC registration has this status. */
        TendlcRegistrationStatus: "registered" | "unregistered";
        /**
         * @description Only messages to this country (ISO 3166 alpha-2).
         * @example US
         */
        DestinationCountryIso2: string;
        /** @description Only messages of this WhatsApp conversation. */
        ConversationId: string;
        /** @description Only WhatsApp messages of this conversation category. */
        ConversationOriginFilter: components["schemas"]["ConversationOrigin"];
        /** @description Only messages from this number. Not in Plivo's documentation of this endpoint. */
        FromNumber: string;
        /** @description Only messages to this number. Not in Plivo's documentation of this endpoint. */
        ToNumber: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 20 (20 when absent).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of messages to skip.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Only messages of this subaccount (its `SA…` auth ID).
                 * @example SAXXXXXXXXXXXXXXXXXX
                 */
                subaccount?: components["parameters"]["Subaccount"];
                /**
                 * @description Only inbound or only outbound messages.
                 * @example outbound
                 */
                message_direction?: components["parameters"]["MessageDirection"];
                /** @description Only messages in this state. */
                message_state?: components["parameters"]["MessageStateFilter"];
                /** @description Only messages of this channel. */
                message_type?: components["parameters"]["MessageTypeFilter"];
                /** @description Only messages created at exactly this time, in UTC, like `2024-05-01 10:00` or `2024-05-01 10:00:00.123456`. */
                message_time?: components["parameters"]["MessageTime"];
                /** @description Only messages created after this time (UTC, like `2024-05-01 10:00:00`). */
                message_time__gt?: components["parameters"]["MessageTimeGt"];
                /** @description Only messages created at or after this time (UTC). */
                message_time__gte?: components["parameters"]["MessageTimeGte"];
                /** @description Only messages created before this time (UTC). */
                message_time__lt?: components["parameters"]["MessageTimeLt"];
                /** @description Only messages created at or before this time (UTC). */
                message_time__lte?: components["parameters"]["MessageTimeLte"];
                /**
                 * @description Only messages that failed with this delivery error code.
                 * @example 30
                 */
                error_code?: components["parameters"]["ErrorCodeFilter"];
                /** @description Only messages sent through this Powerpack. */
                powerpack_id?: components["parameters"]["PowerpackId"];
                /** @description Only messages of this US 10DLC campaign. */
                tendlc_campaign_id?: components["parameters"]["TendlcCampaignId"];
                /** @description Only messages whose US 10DLC registration has this status. */
                tendlc_registration_status?: components["parameters"]["TendlcRegistrationStatus"];
                /**
                 * @description Only messages to this country (ISO 3166 alpha-2).
                 * @example US
                 */
                destination_country_iso2?: components["parameters"]["DestinationCountryIso2"];
                /** @description Only messages of this WhatsApp conversation. */
                conversation_id?: components["parameters"]["ConversationId"];
                /** @description Only WhatsApp messages of this conversation category. */
                conversation_origin?: components["parameters"]["ConversationOriginFilter"];
                /** @description Only messages from this number. Not in Plivo's documentation of this endpoint. */
                from_number?: components["parameters"]["FromNumber"];
                /** @description Only messages to this number. Not in Plivo's documentation of this endpoint. */
                to_number?: components["parameters"]["ToNumber"];
            };
            header?: never;
            path: {
                /**
                 * @description Your auth ID (20 characters, `MA…` for a main account or `SA…` for a subaccount). Also the Basic-auth user name.
                 * @example MAXXXXXXXXXXXXXXXXXX
                 */
                auth_id: components["parameters"]["AuthId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your auth ID (20 characters, `MA…` for a main account or `SA…` for a subaccount). Also the Basic-auth user name.
                 * @example MAXXXXXXXXXXXXXXXXXX
                 */
                auth_id: components["parameters"]["AuthId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Queued. One message UUID per valid destination. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your auth ID (20 characters, `MA…` for a main account or `SA…` for a subaccount). Also the Basic-auth user name.
                 * @example MAXXXXXXXXXXXXXXXXXX
                 */
                auth_id: components["parameters"]["AuthId"];
                /**
                 * @description UUID of the message, as returned by the send.
                 * @example db3ce55a-7f1d-11e1-8ea7-1231380bc196
                 */
                message_uuid: components["parameters"]["MessageUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listMessageMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your auth ID (20 characters, `MA…` for a main account or `SA…` for a subaccount). Also the Basic-auth user name.
                 * @example MAXXXXXXXXXXXXXXXXXX
                 */
                auth_id: components["parameters"]["AuthId"];
                /**
                 * @description UUID of the message, as returned by the send.
                 * @example db3ce55a-7f1d-11e1-8ea7-1231380bc196
                 */
                message_uuid: components["parameters"]["MessageUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The media items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageMediaList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
