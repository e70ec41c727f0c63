/**
 * The API's paths and schemas as TypeScript types, generated from openapi.json by
 * scripts/generate-web-api-types.ts. Do not edit: change the routes' Zod schemas and run
 * `npm run openapi`. Paths are relative to /api/v1.
 */

export interface paths {
  '/admin/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search accounts */
    get: {
      parameters: {
        query?: {
          q?: string;
          role?: components['schemas']['RoleInput'];
          status?: 'active' | 'disabled';
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['AccountSummary'][];
              total: number;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/accounts/{id}/roles/{role}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Grant a role (audited) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          role: components['schemas']['RoleInput'];
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccountSummary'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Revoke a role (audited) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          role: components['schemas']['RoleInput'];
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccountSummary'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/accounts/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Disable or re-enable an account (audited) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'active' | 'disabled';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccountSummary'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/applications/close-settled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close paid applications and rejections past their appeal period */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              closed: number;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** E-mail outbox: pending, sent, logged (no SMTP) and failed messages */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                failed: number;
                logged: number;
                pending: number;
                sent: number;
              };
              recent: {
                attempts: number;
                createdAt: string;
                deliveredAt: string | null;
                /** Format: uuid */
                id: string;
                lastError: string | null;
                status: string;
                subject: string;
                toAddress: string;
              }[];
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/workflow-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Review SLA, appeal period and public holidays */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              appealPeriodDays: number;
              holidaySource: string;
              holidays: string[];
              makeUpWorkingDays: string[];
              reviewSlaByPolicy: {
                [key: string]: number;
              };
              reviewSlaWorkingDays: number;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Change the review SLA, appeal period or public holidays */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            appealPeriodDays: number;
            holidaySource: string;
            holidays: string[];
            makeUpWorkingDays: string[];
            reviewSlaByPolicy: {
              [key: string]: number;
            };
            reviewSlaWorkingDays: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              appealPeriodDays: number;
              holidaySource: string;
              holidays: string[];
              makeUpWorkingDays: string[];
              reviewSlaByPolicy: {
                [key: string]: number;
              };
              reviewSlaWorkingDays: number;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My applications */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              appealCount: number;
              appealDeadline: string | null;
              approvedAmountFen: number | null;
              availableActions: ('edit' | 'submit' | 'withdraw' | 'delete' | 'appeal')[];
              capFen: number | null;
              /** @enum {string} */
              claimSubject: 'person' | 'organisation';
              closedAt: string | null;
              createdAt: string;
              decidedAt: string | null;
              decisionReasons: string | null;
              dueOn: string | null;
              facts: {
                [key: string]: unknown;
              };
              /** Format: uuid */
              id: string;
              organisationId: string | null;
              paidAt: string | null;
              paidByPlatform: boolean;
              payee: {
                accountName: string;
                accountNumber: string;
                bankName: string;
              } | null;
              pendingRequest: {
                at: string;
                documents: string[];
                facts: string[];
                /** @enum {string} */
                kind: 'screening' | 'officer';
                message: string;
              } | null;
              policyId: string;
              policyName: {
                en: string;
                'zh-Hans': string;
                'zh-Hant': string;
              };
              reference: string;
              requestedAmountFen: number | null;
              status: components['schemas']['ApplicationStatus'];
              submittedAt: string | null;
              updatedAt: string;
              version: number;
            }[];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Start an application (or continue the open draft) for a policy */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            organisationId?: string | null;
            policyId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              application: components['schemas']['Application'];
              resumed: boolean;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              application: components['schemas']['Application'];
              resumed: boolean;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my applications: form, evidence, timeline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              application: components['schemas']['Application'];
              availableActions: ('edit' | 'submit' | 'withdraw' | 'delete' | 'appeal')[];
              documents: {
                contentType: string;
                documentId: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                sha256: string;
                sizeBytes: number;
                uploadedAt: string;
              }[];
              evaluation: {
                criteria: unknown;
                missingFacts: unknown;
                status: unknown;
              } | null;
              policy: {
                /** @enum {string} */
                audience: 'person' | 'company' | 'importer';
                benefitKind: string;
                capFen: number | null;
                clauses: {
                  id: string;
                  text: string;
                }[];
                discretionary: boolean;
                evidence: {
                  id: string;
                  label: {
                    en: string;
                    'zh-Hans': string;
                    'zh-Hant': string;
                  };
                  required: boolean;
                }[];
                exclusivityGroup: string | null;
                facts: {
                  options: {
                    label: string;
                    value: string;
                  }[];
                  path: string;
                  question: string;
                  type: string;
                }[];
                id: string;
                name: {
                  en: string;
                  'zh-Hans': string;
                  'zh-Hant': string;
                };
                oneTime: boolean;
                paidByPlatform: boolean;
              };
              timeline: {
                action: string;
                /** @enum {string} */
                actorKind: 'applicant' | 'officer' | 'system';
                actorName: string | null;
                details: {
                  [key: string]: unknown;
                };
                fromStatus: components['schemas']['ApplicationStatus'] | null;
                /** Format: uuid */
                id: string;
                occurredAt: string;
                toStatus: components['schemas']['ApplicationStatus'];
              }[];
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a draft (a submitted application can only be withdrawn) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Save the draft (answers, amount asked, bank account) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            facts?: {
              [key: string]: unknown;
            };
            payee?: {
              accountName: string;
              accountNumber: string;
              bankName: string;
            } | null;
            requestedAmountFen?: number | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Understood but refused by a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/applications/{id}/allowance-schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My application's monthly schedule (months paid and to come) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              schedule: components['schemas']['AllowanceSchedule'] | null;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}/appeal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Appeal a rejection (once, within the appeal period) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload an evidence file (multipart: documentId, file; PDF/PNG/JPEG/WebP ≤ 10 MB) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contentType: string;
              documentId: string;
              fileName: string;
              /** Format: uuid */
              id: string;
              sha256: string;
              sizeBytes: number;
              uploadedAt: string;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Unsupported content type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}/evidence/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an evidence file (its applicant, or staff not recused) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          fileId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description the file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove an evidence file from a draft */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          fileId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit: checks completeness, runs the rules engine, stores the evaluation snapshot */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw before a decision */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Page through the audit trail, newest first */
    get: {
      parameters: {
        query?: {
          actorAccountId?: string;
          action?: string;
          subjectType?: string;
          subjectId?: string;
          from?: string;
          to?: string;
          beforeSeq?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['AuditEntry'][];
              nextBeforeSeq: number | null;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the hash chain and report the first broken row */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              brokenAtSeq: number | null;
              ok: boolean;
              reason: string | null;
              rows: number;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password; sets the session, CSRF and device cookies */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an account (founder role); signs in is a separate step */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName: string;
            email: string;
            password: string;
            preferredLanguage?: components['schemas']['LanguageInput'];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccountSummary'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Unsupported content type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budgets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Budget lines with reserved, consumed and remaining amounts */
    get: {
      parameters: {
        query?: {
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BudgetLine'][];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create the budget line of a policy for a year */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
            policyId: string;
            totalFen: number;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BudgetLine'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budgets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A budget line with its ledger and whether it reconciles */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              consumedFen: number;
              /** Format: uuid */
              id: string;
              movements: {
                amountFen: number;
                /** Format: uuid */
                applicationId: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'reserve' | 'consume' | 'release';
                occurredAt: string;
              }[];
              note: string;
              policyId: string;
              reconciled: boolean;
              remainingFen: number;
              reservedFen: number;
              totalFen: number;
              updatedAt: string;
              year: number;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a budget line (never below what is committed) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
            totalFen?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BudgetLine'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Evaluate a situation: per policy eligible / ineligible / unknown, the missing facts, the benefit in fen, the trace and the clauses */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
             * @example 2026-03-01
             */
            date?: string;
            facts?: components['schemas']['FactsInput'];
            /** @description Parts of each result to send beyond the core answer (policyId, status, missingFacts, benefit, reasons, exclusivity, discretionary). Absent: all of them — the navigator's answer, about 31 KB for the whole catalogue (measured in zh-Hans). `trace`: the per-criterion trace (`criteria`), about 13 KB, most of the answer and of its cost; `labels`: the policy `name`, each criterion's `label` and each reason's `message` in the request's language (about 1.3 KB without the trace, more with it); `citations`: the clause ids (`citations`, and each criterion's `clause` and `seeAlso`), under 1 KB without the trace. `[]`: the core answer only, about 10 KB, for machine clients. */
            include?: ('trace' | 'labels' | 'citations')[];
            policies?: components['schemas']['PolicyIdInput'][];
            /** @default true */
            trace?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Evaluation'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evaluations/next-question': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The single most useful next question: the missing fact whose answer settles the most undecided money */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
             * @example 2026-03-01
             */
            date?: string;
            facts?: components['schemas']['FactsInput'];
            policies?: components['schemas']['PolicyIdInput'][];
            skip?: components['schemas']['FactIdInput'][];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NextQuestion'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/facts/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My facts and my company’s, so nothing is asked twice */
    get: {
      parameters: {
        query?: {
          organisationId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FactProfile'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Save facts to my profile and my company’s (null removes a fact); audited */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            facts: {
              company?: {
                /**
                 * company.benefitsReceived
                 * @description Which of these benefits has your company received already?
                 */
                benefitsReceived?:
                  | (
                      | 'talent.recognition'
                      | 'talent.settlement-subsidy'
                      | 'space.opc-community'
                      | 'space.other-industrial'
                      | 'startup.kunpeng-award'
                      | 'startup.kunpeng-rnd'
                      | 'startup.returnee-funding'
                      | 'loan.personal-startup'
                      | 'loan.micro-enterprise'
                      | 'scenario.gov-deployment'
                      | 'scenario.demonstration'
                      | 'housing.transitional'
                      | 'housing.allowance'
                      | 'voucher.compute'
                      | 'voucher.model'
                      | 'voucher.corpus'
                      | 'consortium.challenge'
                      | 'finance.fund-introduction'
                      | 'hetao.research-import-exemption'
                    )[]
                  | null;
                /**
                 * company.consortiumChallengeWon
                 * @description Has your company, in an innovation consortium with universities or research institutes, won a key-technology challenge (揭榜)?
                 */
                consortiumChallengeWon?: boolean | null;
                /**
                 * company.demonstrationProject
                 * @description Do you have a demonstration application project worth replicating?
                 */
                demonstrationProject?: boolean | null;
                /**
                 * company.foundedOn
                 * @description When was the company founded?
                 */
                foundedOn?: string | null;
                /**
                 * company.govScenarioProductInUse
                 * @description Is your AI product actually in use in a government scenario?
                 */
                govScenarioProductInUse?: boolean | null;
                /**
                 * company.highGrowth
                 * @description Is your company a high-growth company?
                 */
                highGrowth?: boolean | null;
                /**
                 * company.isAiCompany
                 * @description Does your company (or venture) work in artificial intelligence?
                 */
                isAiCompany?: boolean | null;
                /**
                 * company.isSmallOrMicro
                 * @description Is your company a small or micro enterprise?
                 */
                isSmallOrMicro?: boolean | null;
                /**
                 * company.isStartup
                 * @description Is your company a start-up (初创型企业)?
                 */
                isStartup?: boolean | null;
                /**
                 * company.isStartupEnterprise
                 * @description Is your company a start-up enterprise (创业企业)?
                 */
                isStartupEnterprise?: boolean | null;
                /**
                 * company.kunpengAdmitted
                 * @description Has your project been admitted to the Kunpeng youth innovation and start-up project pool?
                 */
                kunpengAdmitted?: boolean | null;
                /**
                 * company.meetsSpaceConditions
                 * @description Do you meet the conditions for low-cost space in another industrial space?
                 */
                meetsSpaceConditions?: boolean | null;
                plannedPurchase?: {
                  /**
                   * company.plannedPurchase.amountFen
                   * @description How much is the planned purchase contract?
                   */
                  amountFen?: number | null;
                  compute?: {
                    /**
                     * company.plannedPurchase.compute.amountFen
                     * @description How much is the planned training compute purchase contract?
                     */
                    amountFen?: number | null;
                    /**
                     * company.plannedPurchase.compute.planned
                     * @description Do you plan to buy training compute for R&D (a compute voucher can pay part of it)?
                     */
                    planned?: boolean | null;
                    /**
                     * company.plannedPurchase.compute.relatedParty
                     * @description Is the training compute provider a related party of your company?
                     */
                    relatedParty?: boolean | null;
                  };
                  corpus?: {
                    /**
                     * company.plannedPurchase.corpus.amountFen
                     * @description How much is the planned training data (corpus) purchase contract?
                     */
                    amountFen?: number | null;
                    /**
                     * company.plannedPurchase.corpus.planned
                     * @description Do you plan to buy training data (corpus) for R&D (a corpus voucher can pay part of it)?
                     */
                    planned?: boolean | null;
                    /**
                     * company.plannedPurchase.corpus.relatedParty
                     * @description Is the training data (corpus) provider a related party of your company?
                     */
                    relatedParty?: boolean | null;
                  };
                  /**
                   * company.plannedPurchase.kind
                   * @description What R&D service do you plan to buy (a voucher can pay part of it)?
                   */
                  kind?: ('compute' | 'model' | 'corpus' | 'none') | null;
                  model?: {
                    /**
                     * company.plannedPurchase.model.amountFen
                     * @description How much is the planned models purchase contract?
                     */
                    amountFen?: number | null;
                    /**
                     * company.plannedPurchase.model.planned
                     * @description Do you plan to buy models for R&D (a model voucher can pay part of it)?
                     */
                    planned?: boolean | null;
                    /**
                     * company.plannedPurchase.model.relatedParty
                     * @description Is the models provider a related party of your company?
                     */
                    relatedParty?: boolean | null;
                  };
                  /**
                   * company.plannedPurchase.relatedParty
                   * @description Is the provider a related party of your company?
                   */
                  relatedParty?: boolean | null;
                };
                /**
                 * company.teamSize
                 * @description How many people are in your team, yourself included?
                 */
                teamSize?: number | null;
                vouchersReceivedFen?: {
                  /**
                   * company.vouchersReceivedFen.compute
                   * @description How much in training-compute vouchers has your company already been granted or redeemed, in total?
                   */
                  compute?: number | null;
                  /**
                   * company.vouchersReceivedFen.corpus
                   * @description How much in corpus vouchers has your company already been granted or redeemed, in total?
                   */
                  corpus?: number | null;
                  /**
                   * company.vouchersReceivedFen.model
                   * @description How much in model vouchers has your company already been granted or redeemed, in total?
                   */
                  model?: number | null;
                };
                /**
                 * company.workspace
                 * @description Where does your company work?
                 */
                workspace?: ('opc-community' | 'other-industrial-space' | 'none') | null;
              };
              goods?: {
                /**
                 * goods.category
                 * @description Which category of the list are the goods in?
                 */
                category?:
                  | (
                      | 'equipment-parts'
                      | 'apparatus'
                      | 'consumables'
                      | 'literature'
                      | 'specimens'
                      | 'animals'
                    )
                  | null;
                /**
                 * goods.excluded
                 * @description Are the goods prohibited, barred from exemption by law, or listed in the catalogue of major technical equipment not exempted on import?
                 */
                excluded?: boolean | null;
                /**
                 * goods.forOwnResearchUse
                 * @description Are the goods for the importer's own research?
                 */
                forOwnResearchUse?: boolean | null;
                /**
                 * goods.onList
                 * @description Are the goods on the list of tax-free research goods (免税科研货物清单)?
                 */
                onList?: boolean | null;
                /**
                 * goods.origin
                 * @description What are the goods, by origin?
                 */
                origin?:
                  | (
                      | 'human'
                      | 'animal'
                      | 'microbial'
                      | 'plant'
                      | 'mineral-or-fossil'
                      | 'synthetic-or-inorganic'
                      | 'instrument-or-article'
                    )
                  | null;
                /**
                 * goods.partUse
                 * @description Are these "equipment and spare parts" the equipment itself, parts for repairing equipment, or other parts?
                 */
                partUse?: ('not-a-part' | 'equipment-repair' | 'consumed-in-research') | null;
                /**
                 * goods.route
                 * @description Which way are the goods imported?
                 */
                route?: ('first-line' | 'second-line' | 'other') | null;
              };
              importer?: {
                /**
                 * importer.entityType
                 * @description What kind of organisation is the importer?
                 */
                entityType?:
                  | ('enterprise' | 'public-institution' | 'private-non-enterprise-unit' | 'other')
                  | null;
                /**
                 * importer.independentLegalPerson
                 * @description Does the importer have independent legal personality?
                 */
                independentLegalPerson?: boolean | null;
                /**
                 * importer.registeredInSupervisedArea
                 * @description Is the importer registered inside the customs-supervised area of the Hetao Shenzhen Park?
                 */
                registeredInSupervisedArea?: boolean | null;
                /**
                 * importer.researchInSupervisedArea
                 * @description Does the public institution do research work inside the customs-supervised area?
                 */
                researchInSupervisedArea?: boolean | null;
                /**
                 * importer.scienceAndTechnologyUnit
                 * @description Is the private non-enterprise unit a science and technology unit?
                 */
                scienceAndTechnologyUnit?: boolean | null;
                /**
                 * importer.waivedClasses
                 * @description Has the importer ever given up the exemption (chosen to pay tax) for a class of goods? List the class and the date.
                 */
                waivedClasses?:
                  | {
                      /** @enum {string} */
                      class:
                        | 'equipment-parts'
                        | 'apparatus'
                        | 'consumables'
                        | 'literature'
                        | 'specimens'
                        | 'animals';
                      on: string;
                    }[]
                  | null;
                /**
                 * importer.whiteListed
                 * @description Is the importer on the Shenzhen government's white list of exempt importers?
                 */
                whiteListed?: boolean | null;
              };
              person?: {
                /**
                 * person.aiAchievements
                 * @description What have you achieved in AI? (open-source communities, application development, competitions)
                 */
                aiAchievements?:
                  | {
                      description: string;
                      /** Format: uri */
                      evidenceUrl?: string;
                      /** @enum {string} */
                      kind: 'open-source' | 'application' | 'competition';
                    }[]
                  | null;
                /**
                 * person.benefitsReceived
                 * @description Which of these benefits have you personally received already?
                 */
                benefitsReceived?:
                  | (
                      | 'talent.recognition'
                      | 'talent.settlement-subsidy'
                      | 'space.opc-community'
                      | 'space.other-industrial'
                      | 'startup.kunpeng-award'
                      | 'startup.kunpeng-rnd'
                      | 'startup.returnee-funding'
                      | 'loan.personal-startup'
                      | 'loan.micro-enterprise'
                      | 'scenario.gov-deployment'
                      | 'scenario.demonstration'
                      | 'housing.transitional'
                      | 'housing.allowance'
                      | 'voucher.compute'
                      | 'voucher.model'
                      | 'voucher.corpus'
                      | 'consortium.challenge'
                      | 'finance.fund-introduction'
                      | 'hetao.research-import-exemption'
                    )[]
                  | null;
                /**
                 * person.graduationDate
                 * @description When did you graduate?
                 */
                graduationDate?: string | null;
                /**
                 * person.hasCompany
                 * @description Have you founded (or are you founding) a company of your own?
                 */
                hasCompany?: boolean | null;
                /**
                 * person.highestDegree
                 * @description What is your highest degree?
                 */
                highestDegree?: ('phd' | 'master' | 'bachelor' | 'other') | null;
                /**
                 * person.isFounder
                 * @description Are you a founder (starting a company or a venture, even one not registered yet)?
                 */
                isFounder?: boolean | null;
                /**
                 * person.kunpengProjectAdmitted
                 * @description Has a project you lead been admitted to the Kunpeng youth innovation and start-up project pool?
                 */
                kunpengProjectAdmitted?: boolean | null;
                /**
                 * person.meetsReturneeConditions
                 * @description Do you meet the conditions for start-up funding for young returnees from study abroad?
                 */
                meetsReturneeConditions?: boolean | null;
                /**
                 * person.meetsYouthTalentConditions
                 * @description Do you meet the conditions of Shenzhen's youth-talent policy?
                 */
                meetsYouthTalentConditions?: boolean | null;
                /**
                 * person.newlyArrived
                 * @description Are you newly brought in to Shenzhen as talent (recently arrived to work and settling your household registration here)?
                 */
                newlyArrived?: boolean | null;
                /**
                 * person.returneeFromStudyAbroad
                 * @description Did you return to China after studying abroad?
                 */
                returneeFromStudyAbroad?: boolean | null;
                /**
                 * person.talentRecognized
                 * @description Have you already been recognised as an outstanding AI talent?
                 */
                talentRecognized?: boolean | null;
              };
            };
            /** Format: uuid */
            organisationId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FactProfile'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/facts/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The JSON Schema of a situation (the fact vocabulary), with each question */
    get: {
      parameters: {
        query?: {
          lang?: 'zh-Hans' | 'zh-Hant' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/changelog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public changelog of the list: every published version and what it changed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoChangelog'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tax-free research-goods list in force (B.L1), with its items */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListVersionDetail'];
          };
        };
        /** @description Unavailable */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/list-versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List versions (published ones for everyone; drafts for customs) */
    get: {
      parameters: {
        query?: {
          status?: components['schemas']['HetaoListVersionStatusInput'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListVersion'][];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Start the next draft version (a copy of the published one, or empty) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            copyCurrent?: boolean;
            effectiveDate?: string | null;
            /** @default false */
            isWorkingList?: boolean;
            issuingDocument?: string | null;
            notes?: string | null;
            source: string;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListVersionDetail'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/list-versions/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a list file (CSV or Excel .xlsx, multipart field "file", plus title, issuingDocument, effectiveDate, source, notes, isWorkingList) as a new draft; all or nothing, row errors with line numbers */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoImportResult'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Unsupported content type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/list-versions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A list version with its items */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListVersionDetail'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a draft version’s title, issuing document, effective date or source */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            effectiveDate?: string | null;
            isWorkingList?: boolean;
            issuingDocument?: string | null;
            notes?: string | null;
            source?: string;
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListVersionDetail'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/hetao/list-versions/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Items added, removed and changed (field by field) against another version */
    get: {
      parameters: {
        query?: {
          against?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListDiff'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/list-versions/{id}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Discard a draft (suggestion groups pulled into it go back to open) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListVersionDetail'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/list-versions/{id}/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A list version as a CSV file in the import format */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/list-versions/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an item to a draft version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            category: components['schemas']['HetaoCategoryInput'];
            /** @default [] */
            excludes?: string[];
            includes: string[];
            itemId: string;
            nameEn?: string | null;
            nameZhHans: string;
            nameZhHant?: string | null;
            notes?: string | null;
            regime: components['schemas']['HetaoRegimeInput'];
            source: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListItem'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/list-versions/{id}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an item from a draft version */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an item of a draft version */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            category?: components['schemas']['HetaoCategoryInput'];
            /** @default [] */
            excludes?: string[];
            includes?: string[];
            nameEn?: string | null;
            nameZhHans?: string;
            nameZhHant?: string | null;
            notes?: string | null;
            regime?: components['schemas']['HetaoRegimeInput'];
            source?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListItem'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/hetao/list-versions/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft: it becomes the list in force, the previous one is superseded */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoListVersionDetail'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Look goods up against the tax-free research-goods list: candidate headings with reasons, list item, flags and an honest verdict (no sign-in) */
    get: {
      parameters: {
        query: {
          /** @description Product name, brand or catalogue line, in zh-Hans, zh-Hant or English */
          q: string;
          /** @description A tariff code you propose: 4–10 digits, dots allowed (3821.00, 38210000) */
          code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoLookupResult'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/precedents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published precedents (anonymised answers), newest first; q searches text or code */
    get: {
      parameters: {
        query?: {
          q?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['HetaoPrecedent'][];
              total: number;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/precedents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published precedent */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoPrecedent'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customs’ answer queue, by due date (default: open questions) */
    get: {
      parameters: {
        query?: {
          status?: components['schemas']['HetaoQuestionStatusInput'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoQuestion'][];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Ask customs whether goods are covered (as a member of an importing organisation) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description: string;
            /** Format: uuid */
            organisationId?: string;
            proposedCode?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoQuestion'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My questions to customs, with status, due date and answers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoQuestion'][];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A question (its asker, or customs) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoQuestion'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer a question: heading, covered or not, reasoning, list item */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            covered: boolean;
            hsCode: string;
            listItemId?: string | null;
            reasoning: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoQuestion'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a datasheet (multipart field "file"; PDF, PNG, JPEG, GIF or WebP; at most 10 MB) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoQuestion'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Unsupported content type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a datasheet (its asker, or customs) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          attachmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description the file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions/{id}/precedent-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The anonymised text a precedent would publish, with what was removed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoPrecedentPreview'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the answer, anonymised, as a precedent the lookup cites */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            question?: string;
            reasoning?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoQuestion'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions/{id}/retract': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a precedent down (the answer stays with the asker) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoQuestion'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/questions/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw my open question */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoQuestion'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/rulings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All advance-ruling requests (customs) */
    get: {
      parameters: {
        query?: {
          status?: components['schemas']['HetaoRulingStatusInput'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'][];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Record an advance-ruling request (draft; warns when filing is already too late) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            goods: string;
            /** Format: uuid */
            organisationId?: string;
            /**
             * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
             * @example 2026-03-01
             */
            plannedImportOn: string;
            proposedCode?: string | null;
            questionId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/rulings/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My advance-ruling requests with their dates */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'][];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/rulings/published': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published advance-ruling decisions (anonymised; trade secrets never published) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoPublishedRuling'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/rulings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An advance-ruling request (its applicant, or customs) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a draft advance-ruling request */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            goods?: string;
            /**
             * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
             * @example 2026-03-01
             */
            plannedImportOn?: string;
            proposedCode?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/hetao/rulings/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that customs accepted the request (decided within 10 days, B.N8) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            customsReference?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/rulings/{id}/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the ruling (heading, text, trade secret or not); valid 3 years (B.N8) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
             * @example 2026-03-01
             */
            decidedOn?: string;
            rulingCode: string;
            rulingText: string;
            tradeSecret: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/rulings/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File the request (refused unless the planned import is ≥ 3 months away, B.N8) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Understood but refused by a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/rulings/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a ruling (refused when it holds trade secrets, B.N8) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/rulings/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that customs did not accept the request, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/rulings/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw my advance-ruling request */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoAdvanceRuling'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Desk settings: answer time target (working days) and the holiday calendar */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoDeskSettings'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Change the answer time target or the holiday calendar (applies to new questions) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answerSlaWorkingDays?: number;
            extraWorkingDays?: string[];
            holidays?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoDeskSettings'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/suggestion-groups/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline a suggestion group, with the reason importers will see */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoSuggestionGroup'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/suggestion-groups/{id}/pull': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pull a suggestion group into the next draft list version as a new item */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            category: components['schemas']['HetaoCategoryInput'];
            excludes?: string[];
            includes?: string[];
            itemId?: string;
            nameEn?: string | null;
            nameZhHans: string;
            nameZhHant?: string | null;
            notes?: string | null;
            regime?: components['schemas']['HetaoRegimeInput'];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              draft: components['schemas']['HetaoListVersionDetail'];
              group: components['schemas']['HetaoSuggestionGroup'];
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/suggestion-groups/{id}/support': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Support (+1) a suggestion group */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoSuggestionGroup'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suggestion groups by heading, with counts and supporters, most wanted first */
    get: {
      parameters: {
        query?: {
          status?: components['schemas']['HetaoSuggestionGroupStatusInput'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoSuggestionGroup'][];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Suggest goods to add to the list; joins the group for its 4-digit heading */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            category?: components['schemas']['HetaoCategoryInput'] | null;
            code: string;
            goods: string;
            /** Format: uuid */
            organisationId?: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoSuggestionGroup'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/suggestions/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The suggestion groups I suggested in */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HetaoSuggestionGroup'][];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations to join organisations addressed to my sign-in e-mail, not yet answered */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MembershipInvitation'][];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation addressed to me: I become a member */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MembershipInvitation'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline an invitation addressed to me */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MembershipInvitation'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account, profile and organisations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change my password (ends all my sessions) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update my name, contact details and languages */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contactEmail?: string | null;
            displayName?: string;
            fullName?: string;
            languages?: components['schemas']['LanguageInput'][];
            phone?: string | null;
            preferredLanguage?: components['schemas']['LanguageInput'];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/me/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My API tokens (never their secrets); from a signed-in browser session only */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiToken'][];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create an API token, acting with the roles I hold now; the secret is returned once. From a signed-in browser session only: a token cannot mint tokens */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            expiresInDays?: number;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              token: components['schemas']['ApiToken'];
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token; from a signed-in browser session only */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiToken'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My inbox */
    get: {
      parameters: {
        query?: {
          unreadOnly?: 'true' | 'false';
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Notification'][];
              unread: number;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark notifications read (some, or all) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                ids: string[];
              }
            | {
                /** @enum {boolean} */
                all: true;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              marked: number;
              unread: number;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations I belong to */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organisation'][];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Register an organisation by its unified social credit code; I become its founder */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            creditCode: string;
            kind: components['schemas']['OrganisationKindInput'];
            name: string;
            registeredAddress?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organisation'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search all organisations (staff) */
    get: {
      parameters: {
        query?: {
          q?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Organisation'][];
              total: number;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/credit-code-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check a unified social credit code (GB 32100-2015) as it is typed */
    get: {
      parameters: {
        query: {
          code: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              problem: ('uscc.format' | 'uscc.authority' | 'uscc.check_character') | null;
              valid: boolean;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation with its members */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              creditCode: string;
              /** Format: uuid */
              id: string;
              invitations: components['schemas']['MembershipInvitation'][];
              kind: components['schemas']['OrganisationKind'];
              members: components['schemas']['OrganisationMember'][];
              myRole: components['schemas']['MembershipRole'] | null;
              name: string;
              registeredAddress: string | null;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change name or address (founders, admins) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            registeredAddress?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              creditCode: string;
              /** Format: uuid */
              id: string;
              invitations: components['schemas']['MembershipInvitation'][];
              kind: components['schemas']['OrganisationKind'];
              members: components['schemas']['OrganisationMember'][];
              myRole: components['schemas']['MembershipRole'] | null;
              name: string;
              registeredAddress: string | null;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/organisations/{id}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an invitation not yet answered (founders, admins) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          invitationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              creditCode: string;
              /** Format: uuid */
              id: string;
              invitations: components['schemas']['MembershipInvitation'][];
              kind: components['schemas']['OrganisationKind'];
              members: components['schemas']['OrganisationMember'][];
              myRole: components['schemas']['MembershipRole'] | null;
              name: string;
              registeredAddress: string | null;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite someone by e-mail to become a member (founders, admins)
     * @description Nothing changes until the holder of the address accepts (`POST /invitations/{id}/accept`). The answer is the same whether or not the address has an account; one without an account sees the invitation once it registers with that address. Inviting the same address again replaces the pending role. A current member’s role is changed with `PATCH /organisations/{id}/members/{personId}` (409 `organisation.already_member`).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            role: components['schemas']['MembershipRoleInput'];
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MembershipInvitation'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}/members/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member (founders, admins), or leave (the member: 204) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              creditCode: string;
              /** Format: uuid */
              id: string;
              invitations: components['schemas']['MembershipInvitation'][];
              kind: components['schemas']['OrganisationKind'];
              members: components['schemas']['OrganisationMember'][];
              myRole: components['schemas']['MembershipRole'] | null;
              name: string;
              registeredAddress: string | null;
            };
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a member’s role (founders, admins) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            role: components['schemas']['MembershipRoleInput'];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              creditCode: string;
              /** Format: uuid */
              id: string;
              invitations: components['schemas']['MembershipInvitation'][];
              kind: components['schemas']['OrganisationKind'];
              members: components['schemas']['OrganisationMember'][];
              myRole: components['schemas']['MembershipRole'] | null;
              name: string;
              registeredAddress: string | null;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/parameters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every parameter with its dated values and sources, and the value in force on the date */
    get: {
      parameters: {
        query?: {
          /** @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31 */
          date?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              date: string;
              parameters: components['schemas']['Parameter'][];
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/parameters/{id}/values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enter a dated value (or unpublished / ended) with its source; takes effect from its date without a deploy (administrators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
             * @example 2026-03-01
             */
            effectiveFrom: string;
            note?: string;
            source: {
              clauses: string[];
              document: string;
              /** Format: uri */
              url?: string;
            };
            /** @enum {string} */
            status: 'published' | 'unpublished' | 'ended';
            value?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Parameter'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Understood but refused by a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payments/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payment batches with reconciled totals */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PaymentBatch'][];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Build a batch from approved applications (all, or those listed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            applicationIds?: string[];
            instalmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PaymentBatch'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payments/batches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A batch with its lines */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              exportedAt: string | null;
              failedFen: number;
              /** Format: uuid */
              id: string;
              lastImportAt: string | null;
              lineCount: number;
              lines: {
                accountNumber: string;
                amountFen: number;
                /** Format: uuid */
                applicationId: string;
                applicationReference: string;
                bankName: string;
                bankReference: string | null;
                failureReason: string | null;
                /** Format: uuid */
                id: string;
                instalmentId: string | null;
                lineNumber: number;
                payeeName: string;
                period: string | null;
                resolvedAt: string | null;
                /** @enum {string} */
                status: 'scheduled' | 'paid' | 'failed';
              }[];
              paidFen: number;
              reconciled: boolean;
              reference: string;
              scheduledFen: number;
              totalFen: number;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payments/batches/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The batch file for the bank or treasury (CSV or Excel) */
    get: {
      parameters: {
        query?: {
          format?: 'csv' | 'xlsx';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description the file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payments/batches/{id}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import the bank result file (multipart `file`, CSV or Excel); idempotent */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batch: {
                createdAt: string;
                exportedAt: string | null;
                failedFen: number;
                /** Format: uuid */
                id: string;
                lastImportAt: string | null;
                lineCount: number;
                lines: {
                  accountNumber: string;
                  amountFen: number;
                  /** Format: uuid */
                  applicationId: string;
                  applicationReference: string;
                  bankName: string;
                  bankReference: string | null;
                  failureReason: string | null;
                  /** Format: uuid */
                  id: string;
                  instalmentId: string | null;
                  lineNumber: number;
                  payeeName: string;
                  period: string | null;
                  resolvedAt: string | null;
                  /** @enum {string} */
                  status: 'scheduled' | 'paid' | 'failed';
                }[];
                paidFen: number;
                reconciled: boolean;
                reference: string;
                scheduledFen: number;
                totalFen: number;
              };
              summary: {
                alreadyRecorded: number;
                failed: number;
                failedFen: number;
                leftScheduled: number;
                paid: number;
                paidFen: number;
              };
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Unsupported content type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payments/instalments/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Monthly allowance instalments whose month has come, waiting for a batch */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              amountFen: number;
              /** Format: uuid */
              applicationId: string;
              /** Format: uuid */
              id: string;
              month: string;
              payeeName: string | null;
              policyId: string;
              reference: string;
              sequence: number;
            }[];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payments/payable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Approved applications waiting for payment */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approvedAmountFen: number;
              decidedAt: string | null;
              /** Format: uuid */
              id: string;
              payeeName: string | null;
              policyId: string;
              reference: string;
              status: string;
            }[];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The catalogue of benefits, with caps as they stand on the date */
    get: {
      parameters: {
        query?: {
          /** @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31 */
          date?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              date: string;
              policies: components['schemas']['PolicySummary'][];
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One policy on a date: clauses quoted, criteria, benefit, documents, the facts it reads with their questions, parameters */
    get: {
      parameters: {
        query?: {
          /** @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31 */
          date?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyDescription'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application for review: answers, evidence, engine trace, rubric, timeline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicant: {
                displayName: string;
                email: string;
              };
              application: components['schemas']['Application'];
              availableActions: string[];
              cap: {
                /** @description a demo or test value, not a published one */
                placeholder: boolean;
                /** @description the document the tier amount comes from */
                source: string | null;
              };
              documents: {
                contentType: string;
                documentId: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                sha256: string;
                sizeBytes: number;
                uploadedAt: string;
              }[];
              evaluation: unknown;
              excluded: boolean;
              policy: {
                /** @enum {string} */
                audience: 'person' | 'company' | 'importer';
                benefitKind: string;
                capFen: number | null;
                clauses: {
                  id: string;
                  text: string;
                }[];
                discretionary: boolean;
                evidence: {
                  id: string;
                  label: {
                    en: string;
                    'zh-Hans': string;
                    'zh-Hant': string;
                  };
                  required: boolean;
                }[];
                exclusivityGroup: string | null;
                facts: {
                  options: {
                    label: string;
                    value: string;
                  }[];
                  path: string;
                  question: string;
                  type: string;
                }[];
                id: string;
                name: {
                  en: string;
                  'zh-Hans': string;
                  'zh-Hant': string;
                };
                oneTime: boolean;
                paidByPlatform: boolean;
              };
              /** @description action, amountFen, note, byAccountId, byName, at */
              recommendation: unknown;
              recusal: string | null;
              rubric: unknown;
              scores: {
                comment: string;
                /** Format: uuid */
                reviewerAccountId: string;
                reviewerName: string;
                scores: {
                  [key: string]: number;
                };
                updatedAt: string;
                weightedTotal: number;
              }[];
              snapshot: unknown;
              timeline: {
                action: string;
                /** @enum {string} */
                actorKind: 'applicant' | 'officer' | 'system';
                actorName: string | null;
                details: {
                  [key: string]: unknown;
                };
                fromStatus: components['schemas']['ApplicationStatus'] | null;
                /** Format: uuid */
                id: string;
                occurredAt: string;
                toStatus: components['schemas']['ApplicationStatus'];
              }[];
              workingDaysLeft: number | null;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}/allowance-schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application's monthly schedule */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              schedule: components['schemas']['AllowanceSchedule'] | null;
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}/allowance-schedule/stop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop a monthly schedule (no longer qualifies): releases the budget of the rest */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fromMonth?: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              schedule: components['schemas']['AllowanceSchedule'] | null;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}/appeal-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide an appeal (not the officer whose decision is appealed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            outcome: 'grant' | 'dismiss';
            reasons: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve (four eyes, within cap and budget), reject, or return for information */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                amountFen?: number | null;
                /** @enum {string} */
                decision: 'approve';
                reasons?: string;
              }
            | {
                /** @enum {string} */
                decision: 'reject';
                reasons: string;
              }
            | {
                /** @enum {string} */
                decision: 'return';
                reasons: string;
                requestDocuments?: string[];
                requestFacts?: string[];
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Understood but refused by a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}/recommendation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recommend approval (with amount) or rejection; a second officer decides */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            action: 'approve' | 'reject';
            amountFen?: number | null;
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Understood but refused by a business rule */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}/recusal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Declare my conflict of interest with an application: I am recused from it
     * @description Only the reviewer declares their own; it is not withdrawn. An assignment to them is released and a recommendation of theirs withdrawn. Answers the review page as the reviewer now sees it (`recusal: "declared"`).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicant: {
                displayName: string;
                email: string;
              };
              application: components['schemas']['Application'];
              availableActions: string[];
              cap: {
                /** @description a demo or test value, not a published one */
                placeholder: boolean;
                /** @description the document the tier amount comes from */
                source: string | null;
              };
              documents: {
                contentType: string;
                documentId: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                sha256: string;
                sizeBytes: number;
                uploadedAt: string;
              }[];
              evaluation: unknown;
              excluded: boolean;
              policy: {
                /** @enum {string} */
                audience: 'person' | 'company' | 'importer';
                benefitKind: string;
                capFen: number | null;
                clauses: {
                  id: string;
                  text: string;
                }[];
                discretionary: boolean;
                evidence: {
                  id: string;
                  label: {
                    en: string;
                    'zh-Hans': string;
                    'zh-Hant': string;
                  };
                  required: boolean;
                }[];
                exclusivityGroup: string | null;
                facts: {
                  options: {
                    label: string;
                    value: string;
                  }[];
                  path: string;
                  question: string;
                  type: string;
                }[];
                id: string;
                name: {
                  en: string;
                  'zh-Hans': string;
                  'zh-Hant': string;
                };
                oneTime: boolean;
                paidByPlatform: boolean;
              };
              /** @description action, amountFen, note, byAccountId, byName, at */
              recommendation: unknown;
              recusal: string | null;
              rubric: unknown;
              scores: {
                comment: string;
                /** Format: uuid */
                reviewerAccountId: string;
                reviewerName: string;
                scores: {
                  [key: string]: number;
                };
                updatedAt: string;
                weightedTotal: number;
              }[];
              snapshot: unknown;
              timeline: {
                action: string;
                /** @enum {string} */
                actorKind: 'applicant' | 'officer' | 'system';
                actorName: string | null;
                details: {
                  [key: string]: unknown;
                };
                fromStatus: components['schemas']['ApplicationStatus'] | null;
                /** Format: uuid */
                id: string;
                occurredAt: string;
                toStatus: components['schemas']['ApplicationStatus'];
              }[];
              workingDaysLeft: number | null;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Replay the stored evaluation from its snapshot and compare */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              matches: boolean;
              replayed: {
                capFen: number | null;
                status: string;
              };
              result: unknown;
              stored: {
                capFen: number | null;
                status: unknown;
              };
            };
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an unpaid approval (releases the budget) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reasons: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/applications/{id}/score': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Score the rubric (discretionary programmes) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            scores: {
              [key: string]: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rubricId: string;
              weightedTotal: number;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign (or bulk-assign) applications to a reviewer; recused ones are refused */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            applicationIds: string[];
            /** Format: uuid */
            reviewerAccountId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: {
                /** Format: uuid */
                applicationId: string;
                /** @enum {string} */
                outcome: 'assigned' | 'recused' | 'not_assignable' | 'not_found';
              }[];
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Review queue with due dates (working days), filters and recusal flags */
    get: {
      parameters: {
        query?: {
          policyId?: string;
          status?: 'in_review' | 'appealed' | 'submitted' | 'all_open';
          assigned?: 'me' | 'unassigned' | 'any';
          overdue?: 'true' | 'false';
          q?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                applicantName: string;
                assignedReviewerId: string | null;
                assignedReviewerName: string | null;
                capFen: number | null;
                dueOn: string | null;
                /** Format: uuid */
                id: string;
                organisationName: string | null;
                overdue: boolean;
                policyId: string;
                policyName: {
                  en: string;
                  'zh-Hans': string;
                  'zh-Hant': string;
                };
                recommendation: unknown;
                recused: boolean;
                reference: string;
                requestedAmountFen: number | null;
                status: components['schemas']['ApplicationStatus'];
                submittedAt: string | null;
                workingDaysLeft: number | null;
              }[];
              today: string;
              total: number;
            };
          };
        };
        /** @description Invalid input (field errors in `errors`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/review/reviewers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reviewers to assign to */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              displayName: string;
              email: string;
              /** Format: uuid */
              id: string;
            }[];
          };
        };
        /** @description Not signed in, or bad credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not allowed, or missing CSRF token */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccountSummary: {
      /** Format: date-time */
      createdAt: string;
      displayName: string;
      email: string;
      /** Format: uuid */
      id: string;
      preferredLanguage: components['schemas']['Language'];
      roles: components['schemas']['Role'][];
      /** @enum {string} */
      status: 'active' | 'disabled';
    };
    AccountSummaryInput: {
      /** Format: date-time */
      createdAt: string;
      displayName: string;
      email: string;
      /** Format: uuid */
      id: string;
      preferredLanguage: components['schemas']['LanguageInput'];
      roles: components['schemas']['RoleInput'][];
      /** @enum {string} */
      status: 'active' | 'disabled';
    };
    AllowanceSchedule: {
      /** Format: uuid */
      applicationId: string;
      currentMonth: string;
      dueFen: number;
      firstMonth: string;
      /** Format: uuid */
      id: string;
      instalments: {
        amountFen: number;
        /** Format: uuid */
        id: string;
        month: string;
        paidAt: string | null;
        sequence: number;
        /** @enum {string} */
        status: 'scheduled' | 'in_payment' | 'paid' | 'stopped' | 'payable';
      }[];
      lastMonth: string;
      monthlyFen: number;
      months: number;
      paidFen: number;
      policyId: string;
      /** @enum {string} */
      status: 'active' | 'completed' | 'stopped';
      stop: {
        at: string;
        byApplication: {
          policyName: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          reference: string;
        } | null;
        /** @enum {string} */
        cause: 'officer' | 'exclusive_benefit' | 'revoked';
        fromMonth: string;
        reason: string | null;
      } | null;
      stoppedFen: number;
      terms: {
        evaluatedAt: string | null;
        maxMonths: {
          effectiveFrom: string | null;
          parameterId: string | null;
          value: number;
        };
        monthlyFen: {
          effectiveFrom: string | null;
          parameterId: string | null;
          value: number;
        };
      };
      toComeFen: number;
      totalFen: number;
    };
    AllowanceScheduleInput: {
      /** Format: uuid */
      applicationId: string;
      currentMonth: string;
      dueFen: number;
      firstMonth: string;
      /** Format: uuid */
      id: string;
      instalments: {
        amountFen: number;
        /** Format: uuid */
        id: string;
        month: string;
        paidAt: string | null;
        sequence: number;
        /** @enum {string} */
        status: 'scheduled' | 'in_payment' | 'paid' | 'stopped' | 'payable';
      }[];
      lastMonth: string;
      monthlyFen: number;
      months: number;
      paidFen: number;
      policyId: string;
      /** @enum {string} */
      status: 'active' | 'completed' | 'stopped';
      stop: {
        at: string;
        byApplication: {
          policyName: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          reference: string;
        } | null;
        /** @enum {string} */
        cause: 'officer' | 'exclusive_benefit' | 'revoked';
        fromMonth: string;
        reason: string | null;
      } | null;
      stoppedFen: number;
      terms: {
        evaluatedAt: string | null;
        maxMonths: {
          effectiveFrom: string | null;
          parameterId: string | null;
          value: number;
        };
        monthlyFen: {
          effectiveFrom: string | null;
          parameterId: string | null;
          value: number;
        };
      };
      toComeFen: number;
      totalFen: number;
    };
    ApiToken: {
      /** Format: date-time */
      createdAt: string;
      expiresAt: string | null;
      /** Format: uuid */
      id: string;
      lastUsedAt: string | null;
      name: string;
      prefix: string;
      revokedAt: string | null;
    };
    ApiTokenInput: {
      /** Format: date-time */
      createdAt: string;
      expiresAt: string | null;
      /** Format: uuid */
      id: string;
      lastUsedAt: string | null;
      name: string;
      prefix: string;
      revokedAt: string | null;
    };
    Application: {
      appealCount: number;
      appealDeadline: string | null;
      approvedAmountFen: number | null;
      capFen: number | null;
      /** @enum {string} */
      claimSubject: 'person' | 'organisation';
      closedAt: string | null;
      createdAt: string;
      decidedAt: string | null;
      decisionReasons: string | null;
      dueOn: string | null;
      facts: {
        [key: string]: unknown;
      };
      /** Format: uuid */
      id: string;
      organisationId: string | null;
      paidAt: string | null;
      paidByPlatform: boolean;
      payee: {
        accountName: string;
        accountNumber: string;
        bankName: string;
      } | null;
      pendingRequest: {
        at: string;
        documents: string[];
        facts: string[];
        /** @enum {string} */
        kind: 'screening' | 'officer';
        message: string;
      } | null;
      policyId: string;
      reference: string;
      requestedAmountFen: number | null;
      status: components['schemas']['ApplicationStatus'];
      submittedAt: string | null;
      updatedAt: string;
      version: number;
    };
    ApplicationInput: {
      appealCount: number;
      appealDeadline: string | null;
      approvedAmountFen: number | null;
      capFen: number | null;
      /** @enum {string} */
      claimSubject: 'person' | 'organisation';
      closedAt: string | null;
      createdAt: string;
      decidedAt: string | null;
      decisionReasons: string | null;
      dueOn: string | null;
      facts: {
        [key: string]: unknown;
      };
      /** Format: uuid */
      id: string;
      organisationId: string | null;
      paidAt: string | null;
      paidByPlatform: boolean;
      payee: {
        accountName: string;
        accountNumber: string;
        bankName: string;
      } | null;
      pendingRequest: {
        at: string;
        documents: string[];
        facts: string[];
        /** @enum {string} */
        kind: 'screening' | 'officer';
        message: string;
      } | null;
      policyId: string;
      reference: string;
      requestedAmountFen: number | null;
      status: components['schemas']['ApplicationStatusInput'];
      submittedAt: string | null;
      updatedAt: string;
      version: number;
    };
    /** @enum {string} */
    ApplicationStatus:
      | 'draft'
      | 'submitted'
      | 'screening'
      | 'in_review'
      | 'returned'
      | 'approved'
      | 'rejected'
      | 'appealed'
      | 'payment_scheduled'
      | 'payment_failed'
      | 'paid'
      | 'withdrawn'
      | 'closed';
    /** @enum {string} */
    ApplicationStatusInput:
      | 'draft'
      | 'submitted'
      | 'screening'
      | 'in_review'
      | 'returned'
      | 'approved'
      | 'rejected'
      | 'appealed'
      | 'payment_scheduled'
      | 'payment_failed'
      | 'paid'
      | 'withdrawn'
      | 'closed';
    AuditEntry: {
      /** @description What happened, dotted with the verb last in the past tense (`application.approved`). A row written under an older name is listed under the current one; `storedAction` then holds the name it was stored and hashed under. */
      action: string;
      actorAccountId: string | null;
      actorLabel: string;
      after: unknown;
      before: unknown;
      hash: string;
      /** Format: date-time */
      occurredAt: string;
      prevHash: string;
      requestId: string | null;
      seq: number;
      /** @description Present only when the row was written under an older action name: the name as stored, which the row hash covers. */
      storedAction?: string;
      subjectId: string;
      subjectType: string;
    };
    AuditEntryInput: {
      /** @description What happened, dotted with the verb last in the past tense (`application.approved`). A row written under an older name is listed under the current one; `storedAction` then holds the name it was stored and hashed under. */
      action: string;
      actorAccountId: string | null;
      actorLabel: string;
      after: unknown;
      before: unknown;
      hash: string;
      /** Format: date-time */
      occurredAt: string;
      prevHash: string;
      requestId: string | null;
      seq: number;
      /** @description Present only when the row was written under an older action name: the name as stored, which the row hash covers. */
      storedAction?: string;
      subjectId: string;
      subjectType: string;
    };
    BenefitResult: {
      /** @enum {string} */
      amountBasis: 'cap' | 'computed' | 'fixed' | 'unpublished' | 'not-money';
      kind: string;
      maxAmountFen: number | null;
      parameters: {
        [key: string]: number | null;
      };
      pendingFacts: string[];
    } & {
      [key: string]: unknown;
    };
    BenefitResultInput: {
      /** @enum {string} */
      amountBasis: 'cap' | 'computed' | 'fixed' | 'unpublished' | 'not-money';
      kind: string;
      maxAmountFen: number | null;
      parameters: {
        [key: string]: number | null;
      };
      pendingFacts: string[];
    } & {
      [key: string]: unknown;
    };
    BudgetLine: {
      consumedFen: number;
      /** Format: uuid */
      id: string;
      note: string;
      policyId: string;
      remainingFen: number;
      reservedFen: number;
      totalFen: number;
      updatedAt: string;
      year: number;
    };
    BudgetLineInput: {
      consumedFen: number;
      /** Format: uuid */
      id: string;
      note: string;
      policyId: string;
      remainingFen: number;
      reservedFen: number;
      totalFen: number;
      updatedAt: string;
      year: number;
    };
    Clause: {
      id: string;
      original: string;
      secondary: boolean;
      source: components['schemas']['LocalisedText'];
      text: components['schemas']['LocalisedText'];
    };
    ClauseInput: {
      id: string;
      original: string;
      secondary: boolean;
      source: components['schemas']['LocalisedTextInput'];
      text: components['schemas']['LocalisedTextInput'];
    };
    Evaluation: {
      catalogueVersion: string;
      date: string;
      /** @enum {string} */
      language: 'zh-Hans' | 'zh-Hant' | 'en';
      results: components['schemas']['PolicyResult'][];
      summary: components['schemas']['EvaluationSummary'];
    };
    EvaluationCriterion: {
      clause?: string;
      facts: {
        [key: string]: unknown;
      };
      id: string;
      /** @enum {string} */
      kind: 'criterion' | 'group';
      label?: string;
      /** @enum {string} */
      origin?: 'effective-period' | 'one-time' | 'exclusivity';
      parameters?: {
        [key: string]: number | null;
      };
      parent: string | null;
      /** @enum {string} */
      result: 'met' | 'unmet' | 'unknown';
      seeAlso?: string[];
    };
    EvaluationCriterionInput: {
      clause?: string;
      facts: {
        [key: string]: unknown;
      };
      id: string;
      /** @enum {string} */
      kind: 'criterion' | 'group';
      label?: string;
      /** @enum {string} */
      origin?: 'effective-period' | 'one-time' | 'exclusivity';
      parameters?: {
        [key: string]: number | null;
      };
      parent: string | null;
      /** @enum {string} */
      result: 'met' | 'unmet' | 'unknown';
      seeAlso?: string[];
    };
    EvaluationInput: {
      catalogueVersion: string;
      date: string;
      /** @enum {string} */
      language: 'zh-Hans' | 'zh-Hant' | 'en';
      results: components['schemas']['PolicyResultInput'][];
      summary: components['schemas']['EvaluationSummaryInput'];
    };
    EvaluationReason: {
      /** @enum {string} */
      code:
        | 'not-in-force'
        | 'already-received'
        | 'exclusive-received'
        | 'exclusive-choose-one'
        | 'parameter-unpublished'
        | 'discretionary';
      message?: string;
      parameters?: string[];
      policies?: string[];
    };
    EvaluationReasonInput: {
      /** @enum {string} */
      code:
        | 'not-in-force'
        | 'already-received'
        | 'exclusive-received'
        | 'exclusive-choose-one'
        | 'parameter-unpublished'
        | 'discretionary';
      message?: string;
      parameters?: string[];
      policies?: string[];
    };
    EvaluationSnapshot: {
      catalogueHash: string;
      date: string;
      engine: string;
      evaluatedAt: string;
      exclusiveWith: {
        id: string;
        name: components['schemas']['LocalisedText'];
      }[];
      facts: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      language: 'zh-Hans' | 'zh-Hant' | 'en';
      parameters: {
        [key: string]: {
          effectiveFrom: string | null;
          id: string;
          label: components['schemas']['LocalisedText'];
          source: {
            clauses: string[];
            document: string;
            url?: string;
          } | null;
          /** @enum {string} */
          status: 'published' | 'unpublished' | 'none';
          value: number | null;
        };
      };
      policy: {
        [key: string]: unknown;
      };
      policyFile: string;
      policyHash: string;
      policyId: string;
      result: components['schemas']['PolicyResult'];
      /** @constant */
      snapshotVersion: 1;
    };
    EvaluationSnapshotInput: {
      catalogueHash: string;
      date: string;
      engine: string;
      evaluatedAt: string;
      exclusiveWith: {
        id: string;
        name: components['schemas']['LocalisedTextInput'];
      }[];
      facts: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      language: 'zh-Hans' | 'zh-Hant' | 'en';
      parameters: {
        [key: string]: {
          effectiveFrom: string | null;
          id: string;
          label: components['schemas']['LocalisedTextInput'];
          source: {
            clauses: string[];
            document: string;
            url?: string;
          } | null;
          /** @enum {string} */
          status: 'published' | 'unpublished' | 'none';
          value: number | null;
        };
      };
      policy: {
        [key: string]: unknown;
      };
      policyFile: string;
      policyHash: string;
      policyId: string;
      result: components['schemas']['PolicyResultInput'];
      /** @constant */
      snapshotVersion: 1;
    };
    EvaluationSummary: {
      /** @description Of those, choose-one alternatives (A.P8) left out of maxAmountFen */
      alternativeCount: number;
      /** @description Benefits still possible (eligible + unknown), one per policy, loans included */
      benefitCount: number;
      eligible: number;
      eligibleAmountFen: number;
      ineligible: number;
      /** @description Published money still possible, one per exclusivity group; no demo values */
      maxAmountFen: number;
      maxLoanPrincipalFen: number;
      /** @description Amounts resting on demo data or unpublished values: beside the total, not in it */
      provisionalAmountFen: number;
      provisionalCount: number;
      unknown: number;
    };
    EvaluationSummaryInput: {
      /** @description Of those, choose-one alternatives (A.P8) left out of maxAmountFen */
      alternativeCount: number;
      /** @description Benefits still possible (eligible + unknown), one per policy, loans included */
      benefitCount: number;
      eligible: number;
      eligibleAmountFen: number;
      ineligible: number;
      /** @description Published money still possible, one per exclusivity group; no demo values */
      maxAmountFen: number;
      maxLoanPrincipalFen: number;
      /** @description Amounts resting on demo data or unpublished values: beside the total, not in it */
      provisionalAmountFen: number;
      provisionalCount: number;
      unknown: number;
    };
    /** @enum {string} */
    FactId:
      | 'person.hasCompany'
      | 'person.isFounder'
      | 'person.kunpengProjectAdmitted'
      | 'person.highestDegree'
      | 'person.graduationDate'
      | 'person.newlyArrived'
      | 'person.returneeFromStudyAbroad'
      | 'person.meetsReturneeConditions'
      | 'person.meetsYouthTalentConditions'
      | 'person.aiAchievements'
      | 'person.talentRecognized'
      | 'person.benefitsReceived'
      | 'company.isAiCompany'
      | 'company.foundedOn'
      | 'company.isStartup'
      | 'company.isStartupEnterprise'
      | 'company.isSmallOrMicro'
      | 'company.teamSize'
      | 'company.workspace'
      | 'company.meetsSpaceConditions'
      | 'company.kunpengAdmitted'
      | 'company.govScenarioProductInUse'
      | 'company.demonstrationProject'
      | 'company.consortiumChallengeWon'
      | 'company.highGrowth'
      | 'company.plannedPurchase.kind'
      | 'company.plannedPurchase.amountFen'
      | 'company.plannedPurchase.relatedParty'
      | 'company.plannedPurchase.compute.planned'
      | 'company.plannedPurchase.compute.amountFen'
      | 'company.plannedPurchase.compute.relatedParty'
      | 'company.plannedPurchase.model.planned'
      | 'company.plannedPurchase.model.amountFen'
      | 'company.plannedPurchase.model.relatedParty'
      | 'company.plannedPurchase.corpus.planned'
      | 'company.plannedPurchase.corpus.amountFen'
      | 'company.plannedPurchase.corpus.relatedParty'
      | 'company.vouchersReceivedFen.compute'
      | 'company.vouchersReceivedFen.model'
      | 'company.vouchersReceivedFen.corpus'
      | 'company.benefitsReceived'
      | 'importer.entityType'
      | 'importer.registeredInSupervisedArea'
      | 'importer.independentLegalPerson'
      | 'importer.researchInSupervisedArea'
      | 'importer.scienceAndTechnologyUnit'
      | 'importer.whiteListed'
      | 'importer.waivedClasses'
      | 'goods.route'
      | 'goods.forOwnResearchUse'
      | 'goods.onList'
      | 'goods.category'
      | 'goods.partUse'
      | 'goods.origin'
      | 'goods.excluded';
    /** @enum {string} */
    FactIdInput:
      | 'person.hasCompany'
      | 'person.isFounder'
      | 'person.kunpengProjectAdmitted'
      | 'person.highestDegree'
      | 'person.graduationDate'
      | 'person.newlyArrived'
      | 'person.returneeFromStudyAbroad'
      | 'person.meetsReturneeConditions'
      | 'person.meetsYouthTalentConditions'
      | 'person.aiAchievements'
      | 'person.talentRecognized'
      | 'person.benefitsReceived'
      | 'company.isAiCompany'
      | 'company.foundedOn'
      | 'company.isStartup'
      | 'company.isStartupEnterprise'
      | 'company.isSmallOrMicro'
      | 'company.teamSize'
      | 'company.workspace'
      | 'company.meetsSpaceConditions'
      | 'company.kunpengAdmitted'
      | 'company.govScenarioProductInUse'
      | 'company.demonstrationProject'
      | 'company.consortiumChallengeWon'
      | 'company.highGrowth'
      | 'company.plannedPurchase.kind'
      | 'company.plannedPurchase.amountFen'
      | 'company.plannedPurchase.relatedParty'
      | 'company.plannedPurchase.compute.planned'
      | 'company.plannedPurchase.compute.amountFen'
      | 'company.plannedPurchase.compute.relatedParty'
      | 'company.plannedPurchase.model.planned'
      | 'company.plannedPurchase.model.amountFen'
      | 'company.plannedPurchase.model.relatedParty'
      | 'company.plannedPurchase.corpus.planned'
      | 'company.plannedPurchase.corpus.amountFen'
      | 'company.plannedPurchase.corpus.relatedParty'
      | 'company.vouchersReceivedFen.compute'
      | 'company.vouchersReceivedFen.model'
      | 'company.vouchersReceivedFen.corpus'
      | 'company.benefitsReceived'
      | 'importer.entityType'
      | 'importer.registeredInSupervisedArea'
      | 'importer.independentLegalPerson'
      | 'importer.researchInSupervisedArea'
      | 'importer.scienceAndTechnologyUnit'
      | 'importer.whiteListed'
      | 'importer.waivedClasses'
      | 'goods.route'
      | 'goods.forOwnResearchUse'
      | 'goods.onList'
      | 'goods.category'
      | 'goods.partUse'
      | 'goods.origin'
      | 'goods.excluded';
    FactProfile: {
      facts: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      organisation: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** Format: uuid */
      personId: string;
      updatedAt: string | null;
    };
    FactProfileInput: {
      facts: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      organisation: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** Format: uuid */
      personId: string;
      updatedAt: string | null;
    };
    FactQuestion: {
      help: components['schemas']['LocalisedText'] | null;
      id: string;
      max?: number;
      min?: number;
      options: {
        label: components['schemas']['LocalisedText'];
        value: string;
      }[];
      path: string;
      /** @enum {string} */
      purpose: 'eligibility' | 'amount';
      question: components['schemas']['LocalisedText'];
      storedInProfile: boolean;
      /** @enum {string} */
      subject: 'person' | 'company' | 'importer' | 'goods';
      type: string;
    };
    FactQuestionInput: {
      help: components['schemas']['LocalisedTextInput'] | null;
      id: string;
      max?: number;
      min?: number;
      options: {
        label: components['schemas']['LocalisedTextInput'];
        value: string;
      }[];
      path: string;
      /** @enum {string} */
      purpose: 'eligibility' | 'amount';
      question: components['schemas']['LocalisedTextInput'];
      storedInProfile: boolean;
      /** @enum {string} */
      subject: 'person' | 'company' | 'importer' | 'goods';
      type: string;
    };
    Facts: unknown;
    FactsInput: {
      company?: {
        /**
         * company.benefitsReceived
         * @description Which of these benefits has your company received already?
         */
        benefitsReceived?:
          | (
              | 'talent.recognition'
              | 'talent.settlement-subsidy'
              | 'space.opc-community'
              | 'space.other-industrial'
              | 'startup.kunpeng-award'
              | 'startup.kunpeng-rnd'
              | 'startup.returnee-funding'
              | 'loan.personal-startup'
              | 'loan.micro-enterprise'
              | 'scenario.gov-deployment'
              | 'scenario.demonstration'
              | 'housing.transitional'
              | 'housing.allowance'
              | 'voucher.compute'
              | 'voucher.model'
              | 'voucher.corpus'
              | 'consortium.challenge'
              | 'finance.fund-introduction'
              | 'hetao.research-import-exemption'
            )[]
          | null;
        /**
         * company.consortiumChallengeWon
         * @description Has your company, in an innovation consortium with universities or research institutes, won a key-technology challenge (揭榜)?
         */
        consortiumChallengeWon?: boolean | null;
        /**
         * company.demonstrationProject
         * @description Do you have a demonstration application project worth replicating?
         */
        demonstrationProject?: boolean | null;
        /**
         * company.foundedOn
         * @description When was the company founded?
         */
        foundedOn?: string | null;
        /**
         * company.govScenarioProductInUse
         * @description Is your AI product actually in use in a government scenario?
         */
        govScenarioProductInUse?: boolean | null;
        /**
         * company.highGrowth
         * @description Is your company a high-growth company?
         */
        highGrowth?: boolean | null;
        /**
         * company.isAiCompany
         * @description Does your company (or venture) work in artificial intelligence?
         */
        isAiCompany?: boolean | null;
        /**
         * company.isSmallOrMicro
         * @description Is your company a small or micro enterprise?
         */
        isSmallOrMicro?: boolean | null;
        /**
         * company.isStartup
         * @description Is your company a start-up (初创型企业)?
         */
        isStartup?: boolean | null;
        /**
         * company.isStartupEnterprise
         * @description Is your company a start-up enterprise (创业企业)?
         */
        isStartupEnterprise?: boolean | null;
        /**
         * company.kunpengAdmitted
         * @description Has your project been admitted to the Kunpeng youth innovation and start-up project pool?
         */
        kunpengAdmitted?: boolean | null;
        /**
         * company.meetsSpaceConditions
         * @description Do you meet the conditions for low-cost space in another industrial space?
         */
        meetsSpaceConditions?: boolean | null;
        plannedPurchase?: {
          /**
           * company.plannedPurchase.amountFen
           * @description How much is the planned purchase contract?
           */
          amountFen?: number | null;
          compute?: {
            /**
             * company.plannedPurchase.compute.amountFen
             * @description How much is the planned training compute purchase contract?
             */
            amountFen?: number | null;
            /**
             * company.plannedPurchase.compute.planned
             * @description Do you plan to buy training compute for R&D (a compute voucher can pay part of it)?
             */
            planned?: boolean | null;
            /**
             * company.plannedPurchase.compute.relatedParty
             * @description Is the training compute provider a related party of your company?
             */
            relatedParty?: boolean | null;
          };
          corpus?: {
            /**
             * company.plannedPurchase.corpus.amountFen
             * @description How much is the planned training data (corpus) purchase contract?
             */
            amountFen?: number | null;
            /**
             * company.plannedPurchase.corpus.planned
             * @description Do you plan to buy training data (corpus) for R&D (a corpus voucher can pay part of it)?
             */
            planned?: boolean | null;
            /**
             * company.plannedPurchase.corpus.relatedParty
             * @description Is the training data (corpus) provider a related party of your company?
             */
            relatedParty?: boolean | null;
          };
          /**
           * company.plannedPurchase.kind
           * @description What R&D service do you plan to buy (a voucher can pay part of it)?
           */
          kind?: ('compute' | 'model' | 'corpus' | 'none') | null;
          model?: {
            /**
             * company.plannedPurchase.model.amountFen
             * @description How much is the planned models purchase contract?
             */
            amountFen?: number | null;
            /**
             * company.plannedPurchase.model.planned
             * @description Do you plan to buy models for R&D (a model voucher can pay part of it)?
             */
            planned?: boolean | null;
            /**
             * company.plannedPurchase.model.relatedParty
             * @description Is the models provider a related party of your company?
             */
            relatedParty?: boolean | null;
          };
          /**
           * company.plannedPurchase.relatedParty
           * @description Is the provider a related party of your company?
           */
          relatedParty?: boolean | null;
        };
        /**
         * company.teamSize
         * @description How many people are in your team, yourself included?
         */
        teamSize?: number | null;
        vouchersReceivedFen?: {
          /**
           * company.vouchersReceivedFen.compute
           * @description How much in training-compute vouchers has your company already been granted or redeemed, in total?
           */
          compute?: number | null;
          /**
           * company.vouchersReceivedFen.corpus
           * @description How much in corpus vouchers has your company already been granted or redeemed, in total?
           */
          corpus?: number | null;
          /**
           * company.vouchersReceivedFen.model
           * @description How much in model vouchers has your company already been granted or redeemed, in total?
           */
          model?: number | null;
        };
        /**
         * company.workspace
         * @description Where does your company work?
         */
        workspace?: ('opc-community' | 'other-industrial-space' | 'none') | null;
      };
      goods?: {
        /**
         * goods.category
         * @description Which category of the list are the goods in?
         */
        category?:
          | (
              | 'equipment-parts'
              | 'apparatus'
              | 'consumables'
              | 'literature'
              | 'specimens'
              | 'animals'
            )
          | null;
        /**
         * goods.excluded
         * @description Are the goods prohibited, barred from exemption by law, or listed in the catalogue of major technical equipment not exempted on import?
         */
        excluded?: boolean | null;
        /**
         * goods.forOwnResearchUse
         * @description Are the goods for the importer's own research?
         */
        forOwnResearchUse?: boolean | null;
        /**
         * goods.onList
         * @description Are the goods on the list of tax-free research goods (免税科研货物清单)?
         */
        onList?: boolean | null;
        /**
         * goods.origin
         * @description What are the goods, by origin?
         */
        origin?:
          | (
              | 'human'
              | 'animal'
              | 'microbial'
              | 'plant'
              | 'mineral-or-fossil'
              | 'synthetic-or-inorganic'
              | 'instrument-or-article'
            )
          | null;
        /**
         * goods.partUse
         * @description Are these "equipment and spare parts" the equipment itself, parts for repairing equipment, or other parts?
         */
        partUse?: ('not-a-part' | 'equipment-repair' | 'consumed-in-research') | null;
        /**
         * goods.route
         * @description Which way are the goods imported?
         */
        route?: ('first-line' | 'second-line' | 'other') | null;
      };
      importer?: {
        /**
         * importer.entityType
         * @description What kind of organisation is the importer?
         */
        entityType?:
          ('enterprise' | 'public-institution' | 'private-non-enterprise-unit' | 'other') | null;
        /**
         * importer.independentLegalPerson
         * @description Does the importer have independent legal personality?
         */
        independentLegalPerson?: boolean | null;
        /**
         * importer.registeredInSupervisedArea
         * @description Is the importer registered inside the customs-supervised area of the Hetao Shenzhen Park?
         */
        registeredInSupervisedArea?: boolean | null;
        /**
         * importer.researchInSupervisedArea
         * @description Does the public institution do research work inside the customs-supervised area?
         */
        researchInSupervisedArea?: boolean | null;
        /**
         * importer.scienceAndTechnologyUnit
         * @description Is the private non-enterprise unit a science and technology unit?
         */
        scienceAndTechnologyUnit?: boolean | null;
        /**
         * importer.waivedClasses
         * @description Has the importer ever given up the exemption (chosen to pay tax) for a class of goods? List the class and the date.
         */
        waivedClasses?:
          | {
              /** @enum {string} */
              class:
                | 'equipment-parts'
                | 'apparatus'
                | 'consumables'
                | 'literature'
                | 'specimens'
                | 'animals';
              on: string;
            }[]
          | null;
        /**
         * importer.whiteListed
         * @description Is the importer on the Shenzhen government's white list of exempt importers?
         */
        whiteListed?: boolean | null;
      };
      person?: {
        /**
         * person.aiAchievements
         * @description What have you achieved in AI? (open-source communities, application development, competitions)
         */
        aiAchievements?:
          | {
              description: string;
              /** Format: uri */
              evidenceUrl?: string;
              /** @enum {string} */
              kind: 'open-source' | 'application' | 'competition';
            }[]
          | null;
        /**
         * person.benefitsReceived
         * @description Which of these benefits have you personally received already?
         */
        benefitsReceived?:
          | (
              | 'talent.recognition'
              | 'talent.settlement-subsidy'
              | 'space.opc-community'
              | 'space.other-industrial'
              | 'startup.kunpeng-award'
              | 'startup.kunpeng-rnd'
              | 'startup.returnee-funding'
              | 'loan.personal-startup'
              | 'loan.micro-enterprise'
              | 'scenario.gov-deployment'
              | 'scenario.demonstration'
              | 'housing.transitional'
              | 'housing.allowance'
              | 'voucher.compute'
              | 'voucher.model'
              | 'voucher.corpus'
              | 'consortium.challenge'
              | 'finance.fund-introduction'
              | 'hetao.research-import-exemption'
            )[]
          | null;
        /**
         * person.graduationDate
         * @description When did you graduate?
         */
        graduationDate?: string | null;
        /**
         * person.hasCompany
         * @description Have you founded (or are you founding) a company of your own?
         */
        hasCompany?: boolean | null;
        /**
         * person.highestDegree
         * @description What is your highest degree?
         */
        highestDegree?: ('phd' | 'master' | 'bachelor' | 'other') | null;
        /**
         * person.isFounder
         * @description Are you a founder (starting a company or a venture, even one not registered yet)?
         */
        isFounder?: boolean | null;
        /**
         * person.kunpengProjectAdmitted
         * @description Has a project you lead been admitted to the Kunpeng youth innovation and start-up project pool?
         */
        kunpengProjectAdmitted?: boolean | null;
        /**
         * person.meetsReturneeConditions
         * @description Do you meet the conditions for start-up funding for young returnees from study abroad?
         */
        meetsReturneeConditions?: boolean | null;
        /**
         * person.meetsYouthTalentConditions
         * @description Do you meet the conditions of Shenzhen's youth-talent policy?
         */
        meetsYouthTalentConditions?: boolean | null;
        /**
         * person.newlyArrived
         * @description Are you newly brought in to Shenzhen as talent (recently arrived to work and settling your household registration here)?
         */
        newlyArrived?: boolean | null;
        /**
         * person.returneeFromStudyAbroad
         * @description Did you return to China after studying abroad?
         */
        returneeFromStudyAbroad?: boolean | null;
        /**
         * person.talentRecognized
         * @description Have you already been recognised as an outstanding AI talent?
         */
        talentRecognized?: boolean | null;
      };
    };
    HetaoAdvanceRuling: {
      acceptanceDecidedOn: string | null;
      acceptanceDueOn: string | null;
      acceptanceOverdue: boolean;
      allowedActions: string[];
      applicantEmail: string;
      clauses: string[];
      customsReference: string | null;
      decidedOn: string | null;
      filedOn: string | null;
      goods: string;
      /** Format: uuid */
      id: string;
      inForce: boolean;
      latestFilingOn: string;
      notAcceptedReason: string | null;
      organisation: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      plannedImportOn: string;
      proposedCode: string | null;
      publishedAt: string | null;
      questionId: string | null;
      reference: string;
      rulingCode: string | null;
      rulingText: string | null;
      status: components['schemas']['HetaoRulingStatus'];
      tradeSecret: boolean;
      validUntil: string | null;
      warnings: {
        code: string;
        message: components['schemas']['LocalisedText'];
      }[];
    };
    HetaoAdvanceRulingInput: {
      acceptanceDecidedOn: string | null;
      acceptanceDueOn: string | null;
      acceptanceOverdue: boolean;
      allowedActions: string[];
      applicantEmail: string;
      clauses: string[];
      customsReference: string | null;
      decidedOn: string | null;
      filedOn: string | null;
      goods: string;
      /** Format: uuid */
      id: string;
      inForce: boolean;
      latestFilingOn: string;
      notAcceptedReason: string | null;
      organisation: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      plannedImportOn: string;
      proposedCode: string | null;
      publishedAt: string | null;
      questionId: string | null;
      reference: string;
      rulingCode: string | null;
      rulingText: string | null;
      status: components['schemas']['HetaoRulingStatusInput'];
      tradeSecret: boolean;
      validUntil: string | null;
      warnings: {
        code: string;
        message: components['schemas']['LocalisedTextInput'];
      }[];
    };
    /** @enum {string} */
    HetaoCategory:
      'equipment' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals';
    /** @enum {string} */
    HetaoCategoryInput:
      'equipment' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals';
    HetaoChangelog: {
      entries: {
        diff: components['schemas']['HetaoListDiff'] | null;
        previous: {
          /** Format: uuid */
          id: string;
          isWorkingList: boolean;
          publishedAt: string | null;
          status: components['schemas']['HetaoListVersionStatus'];
          title: string;
        } | null;
        summary: {
          added: number;
          changed: number;
          removed: number;
        };
        version: components['schemas']['HetaoListVersion'];
      }[];
    };
    HetaoChangelogInput: {
      entries: {
        diff: components['schemas']['HetaoListDiffInput'] | null;
        previous: {
          /** Format: uuid */
          id: string;
          isWorkingList: boolean;
          publishedAt: string | null;
          status: components['schemas']['HetaoListVersionStatusInput'];
          title: string;
        } | null;
        summary: {
          added: number;
          changed: number;
          removed: number;
        };
        version: components['schemas']['HetaoListVersionInput'];
      }[];
    };
    HetaoDeskSettings: {
      answerSlaWorkingDays: number;
      extraWorkingDays: string[];
      holidays: string[];
      note: components['schemas']['LocalisedText'];
    };
    HetaoDeskSettingsInput: {
      answerSlaWorkingDays: number;
      extraWorkingDays: string[];
      holidays: string[];
      note: components['schemas']['LocalisedTextInput'];
    };
    HetaoImportResult: {
      diff: components['schemas']['HetaoListDiff'] | null;
      /** @enum {string} */
      fileKind: 'csv' | 'xlsx';
      itemCount: number;
      version: components['schemas']['HetaoListVersion'];
    };
    HetaoImportResultInput: {
      diff: components['schemas']['HetaoListDiffInput'] | null;
      /** @enum {string} */
      fileKind: 'csv' | 'xlsx';
      itemCount: number;
      version: components['schemas']['HetaoListVersionInput'];
    };
    HetaoListDiff: {
      added: components['schemas']['HetaoListItem'][];
      changed: {
        after: components['schemas']['HetaoListItem'];
        before: components['schemas']['HetaoListItem'];
        changes: {
          after: (string | string[]) | null;
          before: (string | string[]) | null;
          /** @enum {string} */
          field:
            | 'category'
            | 'nameZhHans'
            | 'nameZhHant'
            | 'nameEn'
            | 'includes'
            | 'excludes'
            | 'regime'
            | 'notes'
            | 'source';
        }[];
        itemId: string;
      }[];
      from: {
        /** Format: uuid */
        id: string;
        isWorkingList: boolean;
        publishedAt: string | null;
        status: components['schemas']['HetaoListVersionStatus'];
        title: string;
      } | null;
      removed: components['schemas']['HetaoListItem'][];
      to: {
        /** Format: uuid */
        id: string;
        isWorkingList: boolean;
        publishedAt: string | null;
        status: components['schemas']['HetaoListVersionStatus'];
        title: string;
      };
      unchanged: number;
    };
    HetaoListDiffInput: {
      added: components['schemas']['HetaoListItemInput'][];
      changed: {
        after: components['schemas']['HetaoListItemInput'];
        before: components['schemas']['HetaoListItemInput'];
        changes: {
          after: (string | string[]) | null;
          before: (string | string[]) | null;
          /** @enum {string} */
          field:
            | 'category'
            | 'nameZhHans'
            | 'nameZhHant'
            | 'nameEn'
            | 'includes'
            | 'excludes'
            | 'regime'
            | 'notes'
            | 'source';
        }[];
        itemId: string;
      }[];
      from: {
        /** Format: uuid */
        id: string;
        isWorkingList: boolean;
        publishedAt: string | null;
        status: components['schemas']['HetaoListVersionStatusInput'];
        title: string;
      } | null;
      removed: components['schemas']['HetaoListItemInput'][];
      to: {
        /** Format: uuid */
        id: string;
        isWorkingList: boolean;
        publishedAt: string | null;
        status: components['schemas']['HetaoListVersionStatusInput'];
        title: string;
      };
      unchanged: number;
    };
    HetaoListItem: {
      category: components['schemas']['HetaoCategory'];
      excludes: string[];
      includes: string[];
      itemId: string;
      nameEn: string | null;
      nameZhHans: string;
      nameZhHant: string;
      notes: string | null;
      position: number;
      regime: components['schemas']['HetaoRegime'];
      source: string | null;
    };
    HetaoListItemInput: {
      category: components['schemas']['HetaoCategoryInput'];
      excludes: string[];
      includes: string[];
      itemId: string;
      nameEn: string | null;
      nameZhHans: string;
      nameZhHant: string;
      notes: string | null;
      position: number;
      regime: components['schemas']['HetaoRegimeInput'];
      source: string | null;
    };
    HetaoListVersion: {
      allowedActions: string[];
      basedOnVersionId: string | null;
      clauses: string[];
      /** Format: date-time */
      createdAt: string;
      effectiveDate: string | null;
      /** Format: uuid */
      id: string;
      importWarnings: {
        code: string;
        column: string;
        line: number;
        message: string;
      }[];
      isWorkingList: boolean;
      issuingDocument: string | null;
      itemCount: number;
      notes: string | null;
      publishedAt: string | null;
      source: string;
      status: components['schemas']['HetaoListVersionStatus'];
      title: string;
      workingListNotice: components['schemas']['LocalisedText'] | null;
    };
    HetaoListVersionDetail: {
      allowedActions: string[];
      basedOnVersionId: string | null;
      categories: {
        defaultRegime: components['schemas']['HetaoRegime'];
        id: components['schemas']['HetaoCategory'];
        name: components['schemas']['LocalisedText'];
      }[];
      clauses: string[];
      /** Format: date-time */
      createdAt: string;
      effectiveDate: string | null;
      /** Format: uuid */
      id: string;
      importWarnings: {
        code: string;
        column: string;
        line: number;
        message: string;
      }[];
      isWorkingList: boolean;
      issuingDocument: string | null;
      itemCount: number;
      items: components['schemas']['HetaoListItem'][];
      notes: string | null;
      publishedAt: string | null;
      source: string;
      status: components['schemas']['HetaoListVersionStatus'];
      title: string;
      workingListNotice: components['schemas']['LocalisedText'] | null;
    };
    HetaoListVersionDetailInput: {
      allowedActions: string[];
      basedOnVersionId: string | null;
      categories: {
        defaultRegime: components['schemas']['HetaoRegimeInput'];
        id: components['schemas']['HetaoCategoryInput'];
        name: components['schemas']['LocalisedTextInput'];
      }[];
      clauses: string[];
      /** Format: date-time */
      createdAt: string;
      effectiveDate: string | null;
      /** Format: uuid */
      id: string;
      importWarnings: {
        code: string;
        column: string;
        line: number;
        message: string;
      }[];
      isWorkingList: boolean;
      issuingDocument: string | null;
      itemCount: number;
      items: components['schemas']['HetaoListItemInput'][];
      notes: string | null;
      publishedAt: string | null;
      source: string;
      status: components['schemas']['HetaoListVersionStatusInput'];
      title: string;
      workingListNotice: components['schemas']['LocalisedTextInput'] | null;
    };
    HetaoListVersionInput: {
      allowedActions: string[];
      basedOnVersionId: string | null;
      clauses: string[];
      /** Format: date-time */
      createdAt: string;
      effectiveDate: string | null;
      /** Format: uuid */
      id: string;
      importWarnings: {
        code: string;
        column: string;
        line: number;
        message: string;
      }[];
      isWorkingList: boolean;
      issuingDocument: string | null;
      itemCount: number;
      notes: string | null;
      publishedAt: string | null;
      source: string;
      status: components['schemas']['HetaoListVersionStatusInput'];
      title: string;
      workingListNotice: components['schemas']['LocalisedTextInput'] | null;
    };
    /** @enum {string} */
    HetaoListVersionStatus: 'draft' | 'published' | 'superseded' | 'discarded';
    /** @enum {string} */
    HetaoListVersionStatusInput: 'draft' | 'published' | 'superseded' | 'discarded';
    HetaoLookupResult: {
      askCustoms: {
        code: string | null;
        question: string;
      } | null;
      candidates: {
        category:
          | ('equipment' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals')
          | null;
        /** @enum {string} */
        coverage: 'full' | 'partial' | 'none';
        description: {
          en: string;
          zh: string | null;
          zhHant: string | null;
        };
        descriptionSource: {
          /** @enum {string} */
          en: 'hs2022-paraphrase' | 'china-customs';
          zh: ('national-line' | 'derived') | null;
        };
        /** @description 2, 4, 6 or 8 digits, no dots */
        hsCode: string;
        listItem: {
          /** @enum {string} */
          category:
            'equipment' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals';
          itemId: string;
          name: {
            en: string | null;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          /** @enum {string} */
          regime: 'supervision-period' | 'write-off';
        } | null;
        listItemId: string | null;
        reasons: (
          | {
              /** @constant */
              kind: 'words';
              matched: string[];
              text: components['schemas']['LocalisedText'];
            }
          | {
              contested: components['schemas']['LocalisedText'] | null;
              entryId: string;
              /** @constant */
              kind: 'dictionary';
              label: components['schemas']['LocalisedText'];
              matched: string;
              reason: components['schemas']['LocalisedText'];
              text: components['schemas']['LocalisedText'];
            }
          | {
              covered: boolean;
              /** @constant */
              kind: 'precedent';
              listItemId: string | null;
              precedentId: string;
              publishedAt: string;
              question: string;
              reasoning: string;
              reference: string | null;
              similarity: number;
              text: components['schemas']['LocalisedText'];
            }
          | {
              code: string;
              /** @constant */
              kind: 'code';
              text: components['schemas']['LocalisedText'];
            }
          | {
              code: string;
              excludedLines: string[];
              /** @constant */
              kind: 'list-exclusions';
              text: components['schemas']['LocalisedText'];
            }
        )[];
        score: number;
      }[];
      catalogueNumbers: string[];
      clauses: {
        id: string;
        meaning: components['schemas']['LocalisedText'];
        quote: string;
        secondary: boolean;
      }[];
      flags: {
        /** @description biosafety: B.R1; excluded: B.N2 */
        clause: string;
        /** @enum {string} */
        kind: 'biosafety' | 'excluded';
        /**
         * @description biosafety: where the goods come from
         * @enum {string}
         */
        origin?: 'human' | 'animal' | 'human-or-animal' | 'microbial';
        reason: components['schemas']['LocalisedText'];
      }[];
      listVersion: {
        effectiveDate: string | null;
        id: string;
        isWorkingList: boolean;
        title: string;
      };
      normalised: string;
      quantities: {
        unit: string;
        value: number;
      }[];
      /**
       * @description The script of the query; answer in it
       * @enum {string}
       */
      script: 'zh-Hans' | 'zh-Hant' | 'en';
      summary: components['schemas']['LocalisedText'];
      tokens: string[];
      /** @enum {string} */
      verdict: 'listed' | 'not-listed' | 'uncertain';
    };
    HetaoLookupResultInput: {
      askCustoms: {
        code: string | null;
        question: string;
      } | null;
      candidates: {
        category:
          | ('equipment' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals')
          | null;
        /** @enum {string} */
        coverage: 'full' | 'partial' | 'none';
        description: {
          en: string;
          zh: string | null;
          zhHant: string | null;
        };
        descriptionSource: {
          /** @enum {string} */
          en: 'hs2022-paraphrase' | 'china-customs';
          zh: ('national-line' | 'derived') | null;
        };
        /** @description 2, 4, 6 or 8 digits, no dots */
        hsCode: string;
        listItem: {
          /** @enum {string} */
          category:
            'equipment' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals';
          itemId: string;
          name: {
            en: string | null;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          /** @enum {string} */
          regime: 'supervision-period' | 'write-off';
        } | null;
        listItemId: string | null;
        reasons: (
          | {
              /** @constant */
              kind: 'words';
              matched: string[];
              text: components['schemas']['LocalisedTextInput'];
            }
          | {
              contested: components['schemas']['LocalisedTextInput'] | null;
              entryId: string;
              /** @constant */
              kind: 'dictionary';
              label: components['schemas']['LocalisedTextInput'];
              matched: string;
              reason: components['schemas']['LocalisedTextInput'];
              text: components['schemas']['LocalisedTextInput'];
            }
          | {
              covered: boolean;
              /** @constant */
              kind: 'precedent';
              listItemId: string | null;
              precedentId: string;
              publishedAt: string;
              question: string;
              reasoning: string;
              reference: string | null;
              similarity: number;
              text: components['schemas']['LocalisedTextInput'];
            }
          | {
              code: string;
              /** @constant */
              kind: 'code';
              text: components['schemas']['LocalisedTextInput'];
            }
          | {
              code: string;
              excludedLines: string[];
              /** @constant */
              kind: 'list-exclusions';
              text: components['schemas']['LocalisedTextInput'];
            }
        )[];
        score: number;
      }[];
      catalogueNumbers: string[];
      clauses: {
        id: string;
        meaning: components['schemas']['LocalisedTextInput'];
        quote: string;
        secondary: boolean;
      }[];
      flags: {
        /** @description biosafety: B.R1; excluded: B.N2 */
        clause: string;
        /** @enum {string} */
        kind: 'biosafety' | 'excluded';
        /**
         * @description biosafety: where the goods come from
         * @enum {string}
         */
        origin?: 'human' | 'animal' | 'human-or-animal' | 'microbial';
        reason: components['schemas']['LocalisedTextInput'];
      }[];
      listVersion: {
        effectiveDate: string | null;
        id: string;
        isWorkingList: boolean;
        title: string;
      };
      normalised: string;
      quantities: {
        unit: string;
        value: number;
      }[];
      /**
       * @description The script of the query; answer in it
       * @enum {string}
       */
      script: 'zh-Hans' | 'zh-Hant' | 'en';
      summary: components['schemas']['LocalisedTextInput'];
      tokens: string[];
      /** @enum {string} */
      verdict: 'listed' | 'not-listed' | 'uncertain';
    };
    HetaoPrecedent: {
      clauses: string[];
      covered: boolean;
      hsCode: string;
      /** Format: uuid */
      id: string;
      listItem: {
        category: components['schemas']['HetaoCategory'] | null;
        itemId: string;
        nameEn: string | null;
        nameZhHans: string | null;
        nameZhHant: string | null;
        versionId: string | null;
      } | null;
      /** Format: date-time */
      publishedAt: string;
      question: string;
      reasoning: string;
      reference: string;
    };
    HetaoPrecedentInput: {
      clauses: string[];
      covered: boolean;
      hsCode: string;
      /** Format: uuid */
      id: string;
      listItem: {
        category: components['schemas']['HetaoCategoryInput'] | null;
        itemId: string;
        nameEn: string | null;
        nameZhHans: string | null;
        nameZhHant: string | null;
        versionId: string | null;
      } | null;
      /** Format: date-time */
      publishedAt: string;
      question: string;
      reasoning: string;
      reference: string;
    };
    HetaoPrecedentPreview: {
      covered: boolean;
      hsCode: string;
      listItem: {
        category: components['schemas']['HetaoCategory'] | null;
        itemId: string;
        nameEn: string | null;
        nameZhHans: string | null;
        nameZhHant: string | null;
        versionId: string | null;
      } | null;
      question: string;
      reasoning: string;
      redactions: {
        question: {
          count: number;
          /** @enum {string} */
          kind: 'person' | 'organisation' | 'contact' | 'address' | 'registration-number' | 'link';
        }[];
        reasoning: {
          count: number;
          /** @enum {string} */
          kind: 'person' | 'organisation' | 'contact' | 'address' | 'registration-number' | 'link';
        }[];
      };
    };
    HetaoPrecedentPreviewInput: {
      covered: boolean;
      hsCode: string;
      listItem: {
        category: components['schemas']['HetaoCategoryInput'] | null;
        itemId: string;
        nameEn: string | null;
        nameZhHans: string | null;
        nameZhHant: string | null;
        versionId: string | null;
      } | null;
      question: string;
      reasoning: string;
      redactions: {
        question: {
          count: number;
          /** @enum {string} */
          kind: 'person' | 'organisation' | 'contact' | 'address' | 'registration-number' | 'link';
        }[];
        reasoning: {
          count: number;
          /** @enum {string} */
          kind: 'person' | 'organisation' | 'contact' | 'address' | 'registration-number' | 'link';
        }[];
      };
    };
    HetaoPublishedRuling: {
      decidedOn: string;
      goods: string;
      /** Format: uuid */
      id: string;
      inForce: boolean;
      /** Format: date-time */
      publishedAt: string;
      reference: string;
      rulingCode: string;
      rulingText: string;
      validUntil: string;
    };
    HetaoPublishedRulingInput: {
      decidedOn: string;
      goods: string;
      /** Format: uuid */
      id: string;
      inForce: boolean;
      /** Format: date-time */
      publishedAt: string;
      reference: string;
      rulingCode: string;
      rulingText: string;
      validUntil: string;
    };
    HetaoQuestion: {
      allowedActions: string[];
      answer: {
        /** Format: date-time */
        answeredAt: string;
        covered: boolean;
        hsCode: string;
        listItem: {
          category: components['schemas']['HetaoCategory'] | null;
          itemId: string;
          nameEn: string | null;
          nameZhHans: string | null;
          nameZhHant: string | null;
          versionId: string | null;
        } | null;
        reasoning: string;
      } | null;
      asker: {
        email: string;
        name: string;
      };
      attachments: {
        /** Format: date-time */
        createdAt: string;
        fileName: string;
        /** Format: uuid */
        id: string;
        mediaType: string;
        sizeBytes: number;
        url: string;
      }[];
      /** Format: date-time */
      createdAt: string;
      description: string;
      dueOn: string;
      /** Format: uuid */
      id: string;
      organisation: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      overdue: boolean;
      precedent: {
        /** Format: uuid */
        id: string;
        /** Format: date-time */
        publishedAt: string;
        reference: string;
      } | null;
      proposedCode: string | null;
      reference: string;
      status: components['schemas']['HetaoQuestionStatus'];
    };
    HetaoQuestionInput: {
      allowedActions: string[];
      answer: {
        /** Format: date-time */
        answeredAt: string;
        covered: boolean;
        hsCode: string;
        listItem: {
          category: components['schemas']['HetaoCategoryInput'] | null;
          itemId: string;
          nameEn: string | null;
          nameZhHans: string | null;
          nameZhHant: string | null;
          versionId: string | null;
        } | null;
        reasoning: string;
      } | null;
      asker: {
        email: string;
        name: string;
      };
      attachments: {
        /** Format: date-time */
        createdAt: string;
        fileName: string;
        /** Format: uuid */
        id: string;
        mediaType: string;
        sizeBytes: number;
        url: string;
      }[];
      /** Format: date-time */
      createdAt: string;
      description: string;
      dueOn: string;
      /** Format: uuid */
      id: string;
      organisation: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      overdue: boolean;
      precedent: {
        /** Format: uuid */
        id: string;
        /** Format: date-time */
        publishedAt: string;
        reference: string;
      } | null;
      proposedCode: string | null;
      reference: string;
      status: components['schemas']['HetaoQuestionStatusInput'];
    };
    /** @enum {string} */
    HetaoQuestionStatus: 'open' | 'answered' | 'published' | 'withdrawn';
    /** @enum {string} */
    HetaoQuestionStatusInput: 'open' | 'answered' | 'published' | 'withdrawn';
    /** @enum {string} */
    HetaoRegime: 'supervision-period' | 'write-off';
    /** @enum {string} */
    HetaoRegimeInput: 'supervision-period' | 'write-off';
    /** @enum {string} */
    HetaoRulingStatus:
      'draft' | 'filed' | 'accepted' | 'not_accepted' | 'ruled' | 'published' | 'withdrawn';
    /** @enum {string} */
    HetaoRulingStatusInput:
      'draft' | 'filed' | 'accepted' | 'not_accepted' | 'ruled' | 'published' | 'withdrawn';
    HetaoSuggestionGroup: {
      allowedActions: string[];
      backers: number;
      /** Format: date-time */
      createdAt: string;
      decisionNote: string | null;
      heading: string;
      iSupport: boolean;
      /** Format: uuid */
      id: string;
      mine: boolean;
      pulledIntoVersionId: string | null;
      pulledItemId: string | null;
      status: components['schemas']['HetaoSuggestionGroupStatus'];
      suggestionCount: number;
      suggestions: {
        category: components['schemas']['HetaoCategory'] | null;
        code: string;
        /** Format: date-time */
        createdAt: string;
        goods: string;
        /** Format: uuid */
        id: string;
        proposer: {
          email: string;
          name: string;
          organisationName: string | null;
        } | null;
        reason: string;
      }[];
      supporterCount: number;
      supporters:
        | {
            email: string;
            name: string;
            /** Format: date-time */
            since: string;
          }[]
        | null;
    };
    HetaoSuggestionGroupInput: {
      allowedActions: string[];
      backers: number;
      /** Format: date-time */
      createdAt: string;
      decisionNote: string | null;
      heading: string;
      iSupport: boolean;
      /** Format: uuid */
      id: string;
      mine: boolean;
      pulledIntoVersionId: string | null;
      pulledItemId: string | null;
      status: components['schemas']['HetaoSuggestionGroupStatusInput'];
      suggestionCount: number;
      suggestions: {
        category: components['schemas']['HetaoCategoryInput'] | null;
        code: string;
        /** Format: date-time */
        createdAt: string;
        goods: string;
        /** Format: uuid */
        id: string;
        proposer: {
          email: string;
          name: string;
          organisationName: string | null;
        } | null;
        reason: string;
      }[];
      supporterCount: number;
      supporters:
        | {
            email: string;
            name: string;
            /** Format: date-time */
            since: string;
          }[]
        | null;
    };
    /** @enum {string} */
    HetaoSuggestionGroupStatus: 'open' | 'pulled' | 'included' | 'declined';
    /** @enum {string} */
    HetaoSuggestionGroupStatusInput: 'open' | 'pulled' | 'included' | 'declined';
    /** @enum {string} */
    Language: 'zh-Hans' | 'zh-Hant' | 'en';
    /** @enum {string} */
    LanguageInput: 'zh-Hans' | 'zh-Hant' | 'en';
    LocalisedText: {
      en: string;
      'zh-Hans': string;
      'zh-Hant': string;
    };
    LocalisedTextInput: {
      en: string;
      'zh-Hans': string;
      'zh-Hant': string;
    };
    Me: {
      account: components['schemas']['AccountSummary'];
      /** @enum {string} */
      authenticatedBy: 'session' | 'token';
      csrfToken: string | null;
      memberships: {
        creditCode: string;
        /** @enum {string} */
        kind: 'company' | 'research_institution' | 'private_non_enterprise_unit';
        /** Format: uuid */
        organisationId: string;
        organisationName: string;
        /** @enum {string} */
        role: 'founder' | 'member';
      }[];
      person: components['schemas']['PersonProfile'] | null;
    };
    MeInput: {
      account: components['schemas']['AccountSummaryInput'];
      /** @enum {string} */
      authenticatedBy: 'session' | 'token';
      csrfToken: string | null;
      memberships: {
        creditCode: string;
        /** @enum {string} */
        kind: 'company' | 'research_institution' | 'private_non_enterprise_unit';
        /** Format: uuid */
        organisationId: string;
        organisationName: string;
        /** @enum {string} */
        role: 'founder' | 'member';
      }[];
      person: components['schemas']['PersonProfileInput'] | null;
    };
    MembershipInvitation: {
      email: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      invitedAt: string;
      invitedByName: string | null;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      respondedAt: string | null;
      role: components['schemas']['MembershipRole'];
      status: components['schemas']['MembershipInvitationStatus'];
    };
    MembershipInvitationInput: {
      email: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      invitedAt: string;
      invitedByName: string | null;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      respondedAt: string | null;
      role: components['schemas']['MembershipRoleInput'];
      status: components['schemas']['MembershipInvitationStatusInput'];
    };
    /** @enum {string} */
    MembershipInvitationStatus: 'pending' | 'accepted' | 'declined' | 'withdrawn';
    /** @enum {string} */
    MembershipInvitationStatusInput: 'pending' | 'accepted' | 'declined' | 'withdrawn';
    /** @enum {string} */
    MembershipRole: 'founder' | 'member';
    /** @enum {string} */
    MembershipRoleInput: 'founder' | 'member';
    NextQuestion: {
      date: string;
      /** @enum {string} */
      language: 'zh-Hans' | 'zh-Hant' | 'en';
      question: components['schemas']['Question'] | null;
      results: components['schemas']['PolicyResult'][];
      summary: components['schemas']['EvaluationSummary'];
    };
    NextQuestionInput: {
      date: string;
      /** @enum {string} */
      language: 'zh-Hans' | 'zh-Hant' | 'en';
      question: components['schemas']['QuestionInput'] | null;
      results: components['schemas']['PolicyResultInput'][];
      summary: components['schemas']['EvaluationSummaryInput'];
    };
    Notification: {
      body: string;
      createdAt: string;
      /** Format: uuid */
      id: string;
      kind: string;
      link: string | null;
      readAt: string | null;
      subjectId: string | null;
      subjectType: string | null;
      title: string;
    };
    NotificationInput: {
      body: string;
      createdAt: string;
      /** Format: uuid */
      id: string;
      kind: string;
      link: string | null;
      readAt: string | null;
      subjectId: string | null;
      subjectType: string | null;
      title: string;
    };
    Organisation: {
      /** Format: date-time */
      createdAt: string;
      creditCode: string;
      /** Format: uuid */
      id: string;
      kind: components['schemas']['OrganisationKind'];
      myRole: components['schemas']['MembershipRole'] | null;
      name: string;
      registeredAddress: string | null;
    };
    OrganisationInput: {
      /** Format: date-time */
      createdAt: string;
      creditCode: string;
      /** Format: uuid */
      id: string;
      kind: components['schemas']['OrganisationKindInput'];
      myRole: components['schemas']['MembershipRoleInput'] | null;
      name: string;
      registeredAddress: string | null;
    };
    /** @enum {string} */
    OrganisationKind: 'company' | 'research_institution' | 'private_non_enterprise_unit';
    /** @enum {string} */
    OrganisationKindInput: 'company' | 'research_institution' | 'private_non_enterprise_unit';
    OrganisationMember: {
      email: string | null;
      fullName: string;
      /** Format: uuid */
      personId: string;
      role: components['schemas']['MembershipRole'];
      /** Format: date-time */
      since: string;
    };
    OrganisationMemberInput: {
      email: string | null;
      fullName: string;
      /** Format: uuid */
      personId: string;
      role: components['schemas']['MembershipRoleInput'];
      /** Format: date-time */
      since: string;
    };
    Parameter: {
      atMost: string | null;
      clauses: string[];
      current: components['schemas']['ParameterOnDate'];
      id: string;
      label: components['schemas']['LocalisedText'];
      max: number | null;
      min: number;
      timeline: components['schemas']['ParameterEntry'][];
      unit: string;
      usedBy: string[];
    };
    ParameterEntry: {
      effectiveFrom: string;
      enteredAt: string | null;
      enteredBy: string | null;
      note: string | null;
      /** @enum {string} */
      origin: 'catalogue' | 'admin';
      source: {
        clauses: string[];
        document: string;
        url?: string;
      };
      /** @enum {string} */
      status: 'published' | 'unpublished' | 'ended';
      value: number | null;
    };
    ParameterEntryInput: {
      effectiveFrom: string;
      enteredAt: string | null;
      enteredBy: string | null;
      note: string | null;
      /** @enum {string} */
      origin: 'catalogue' | 'admin';
      source: {
        clauses: string[];
        document: string;
        url?: string;
      };
      /** @enum {string} */
      status: 'published' | 'unpublished' | 'ended';
      value: number | null;
    };
    ParameterInput: {
      atMost: string | null;
      clauses: string[];
      current: components['schemas']['ParameterOnDateInput'];
      id: string;
      label: components['schemas']['LocalisedTextInput'];
      max: number | null;
      min: number;
      timeline: components['schemas']['ParameterEntryInput'][];
      unit: string;
      usedBy: string[];
    };
    ParameterOnDate: {
      effectiveFrom: string | null;
      id: string;
      label: components['schemas']['LocalisedText'];
      source: {
        clauses: string[];
        document: string;
        url?: string;
      } | null;
      /** @enum {string} */
      status: 'published' | 'unpublished' | 'none';
      unit: string;
      value: number | null;
    };
    ParameterOnDateInput: {
      effectiveFrom: string | null;
      id: string;
      label: components['schemas']['LocalisedTextInput'];
      source: {
        clauses: string[];
        document: string;
        url?: string;
      } | null;
      /** @enum {string} */
      status: 'published' | 'unpublished' | 'none';
      unit: string;
      value: number | null;
    };
    PaymentBatch: {
      createdAt: string;
      exportedAt: string | null;
      failedFen: number;
      /** Format: uuid */
      id: string;
      lastImportAt: string | null;
      lineCount: number;
      paidFen: number;
      reconciled: boolean;
      reference: string;
      scheduledFen: number;
      totalFen: number;
    };
    PaymentBatchInput: {
      createdAt: string;
      exportedAt: string | null;
      failedFen: number;
      /** Format: uuid */
      id: string;
      lastImportAt: string | null;
      lineCount: number;
      paidFen: number;
      reconciled: boolean;
      reference: string;
      scheduledFen: number;
      totalFen: number;
    };
    PersonProfile: {
      contactEmail: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      languages: components['schemas']['Language'][];
      phone: string | null;
    };
    PersonProfileInput: {
      contactEmail: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      languages: components['schemas']['LanguageInput'][];
      phone: string | null;
    };
    PolicyDescription: {
      /** @enum {string} */
      audience: 'person' | 'company' | 'importer';
      benefit: components['schemas']['BenefitResult'];
      category: string;
      clauses: components['schemas']['Clause'][];
      criteria: {
        clause: string;
        facts: string[];
        id: string;
        /** @enum {string} */
        kind: 'criterion' | 'group';
        label: components['schemas']['LocalisedText'];
        origin: ('effective-period' | 'one-time' | 'exclusivity') | null;
        parent: string | null;
        seeAlso: string[];
      }[];
      date: string;
      discretionary: boolean;
      documents: {
        id: string;
        label: components['schemas']['LocalisedText'];
        required: boolean;
        verifies: string[];
      }[];
      effective: {
        clause: string;
        from: string | null;
        until: string | null;
      } | null;
      exclusiveWith: string[];
      exclusivityGroup: string | null;
      facts: components['schemas']['FactQuestion'][];
      id: string;
      name: components['schemas']['LocalisedText'];
      oneTime: boolean;
      parameters: components['schemas']['ParameterOnDate'][];
      summary: components['schemas']['LocalisedText'];
      version: {
        catalogueHash: string;
        file: string;
        policyHash: string;
      };
    };
    PolicyDescriptionInput: {
      /** @enum {string} */
      audience: 'person' | 'company' | 'importer';
      benefit: components['schemas']['BenefitResultInput'];
      category: string;
      clauses: components['schemas']['ClauseInput'][];
      criteria: {
        clause: string;
        facts: string[];
        id: string;
        /** @enum {string} */
        kind: 'criterion' | 'group';
        label: components['schemas']['LocalisedTextInput'];
        origin: ('effective-period' | 'one-time' | 'exclusivity') | null;
        parent: string | null;
        seeAlso: string[];
      }[];
      date: string;
      discretionary: boolean;
      documents: {
        id: string;
        label: components['schemas']['LocalisedTextInput'];
        required: boolean;
        verifies: string[];
      }[];
      effective: {
        clause: string;
        from: string | null;
        until: string | null;
      } | null;
      exclusiveWith: string[];
      exclusivityGroup: string | null;
      facts: components['schemas']['FactQuestionInput'][];
      id: string;
      name: components['schemas']['LocalisedTextInput'];
      oneTime: boolean;
      parameters: components['schemas']['ParameterOnDateInput'][];
      summary: components['schemas']['LocalisedTextInput'];
      version: {
        catalogueHash: string;
        file: string;
        policyHash: string;
      };
    };
    /** @enum {string} */
    PolicyId:
      | 'talent.recognition'
      | 'talent.settlement-subsidy'
      | 'space.opc-community'
      | 'space.other-industrial'
      | 'startup.kunpeng-award'
      | 'startup.kunpeng-rnd'
      | 'startup.returnee-funding'
      | 'loan.personal-startup'
      | 'loan.micro-enterprise'
      | 'scenario.gov-deployment'
      | 'scenario.demonstration'
      | 'housing.transitional'
      | 'housing.allowance'
      | 'voucher.compute'
      | 'voucher.model'
      | 'voucher.corpus'
      | 'consortium.challenge'
      | 'finance.fund-introduction'
      | 'hetao.research-import-exemption';
    /** @enum {string} */
    PolicyIdInput:
      | 'talent.recognition'
      | 'talent.settlement-subsidy'
      | 'space.opc-community'
      | 'space.other-industrial'
      | 'startup.kunpeng-award'
      | 'startup.kunpeng-rnd'
      | 'startup.returnee-funding'
      | 'loan.personal-startup'
      | 'loan.micro-enterprise'
      | 'scenario.gov-deployment'
      | 'scenario.demonstration'
      | 'housing.transitional'
      | 'housing.allowance'
      | 'voucher.compute'
      | 'voucher.model'
      | 'voucher.corpus'
      | 'consortium.challenge'
      | 'finance.fund-introduction'
      | 'hetao.research-import-exemption';
    PolicyResult: {
      benefit: components['schemas']['BenefitResult'];
      citations?: string[];
      criteria?: components['schemas']['EvaluationCriterion'][];
      discretionary: boolean;
      exclusivity: {
        group: string;
        with: string[];
      } | null;
      missingFacts: string[];
      name?: string;
      policyId: string;
      reasons: components['schemas']['EvaluationReason'][];
      /** @enum {string} */
      status: 'eligible' | 'ineligible' | 'unknown';
    };
    PolicyResultInput: {
      benefit: components['schemas']['BenefitResultInput'];
      citations?: string[];
      criteria?: components['schemas']['EvaluationCriterionInput'][];
      discretionary: boolean;
      exclusivity: {
        group: string;
        with: string[];
      } | null;
      missingFacts: string[];
      name?: string;
      policyId: string;
      reasons: components['schemas']['EvaluationReasonInput'][];
      /** @enum {string} */
      status: 'eligible' | 'ineligible' | 'unknown';
    };
    PolicySummary: {
      /** @enum {string} */
      audience: 'person' | 'company' | 'importer';
      benefit: components['schemas']['BenefitResult'];
      category: string;
      clauses: {
        id: string;
        text: components['schemas']['LocalisedText'];
      }[];
      discretionary: boolean;
      effective: {
        clause: string;
        from: string | null;
        until: string | null;
      } | null;
      exclusiveWith: string[];
      exclusivityGroup: string | null;
      id: string;
      name: components['schemas']['LocalisedText'];
      oneTime: boolean;
      summary: components['schemas']['LocalisedText'];
      version: {
        catalogueHash: string;
        file: string;
        policyHash: string;
      };
    };
    PolicySummaryInput: {
      /** @enum {string} */
      audience: 'person' | 'company' | 'importer';
      benefit: components['schemas']['BenefitResultInput'];
      category: string;
      clauses: {
        id: string;
        text: components['schemas']['LocalisedTextInput'];
      }[];
      discretionary: boolean;
      effective: {
        clause: string;
        from: string | null;
        until: string | null;
      } | null;
      exclusiveWith: string[];
      exclusivityGroup: string | null;
      id: string;
      name: components['schemas']['LocalisedTextInput'];
      oneTime: boolean;
      summary: components['schemas']['LocalisedTextInput'];
      version: {
        catalogueHash: string;
        file: string;
        policyHash: string;
      };
    };
    Problem: {
      code: string;
      correlationId?: string;
      detail?: string;
      errors?: {
        code: string;
        detail: string;
        pointer: string;
      }[];
      instance?: string;
      status: number;
      title: string;
      type: string;
    } & {
      [key: string]: unknown;
    };
    ProblemInput: {
      code: string;
      correlationId?: string;
      detail?: string;
      errors?: {
        code: string;
        detail: string;
        pointer: string;
      }[];
      instance?: string;
      status: number;
      title: string;
      type: string;
    } & {
      [key: string]: unknown;
    };
    Question: {
      expectedSettledFen: number;
      factId: string;
      help: string | null;
      max?: number;
      min?: number;
      options: {
        label: string;
        value: string;
      }[];
      policies: string[];
      /** @enum {string} */
      purpose: 'eligibility' | 'amount';
      stakeFen: number;
      storedInProfile: boolean;
      /** @enum {string} */
      subject: 'person' | 'company' | 'importer' | 'goods';
      text: string;
      type: string;
    };
    QuestionInput: {
      expectedSettledFen: number;
      factId: string;
      help: string | null;
      max?: number;
      min?: number;
      options: {
        label: string;
        value: string;
      }[];
      policies: string[];
      /** @enum {string} */
      purpose: 'eligibility' | 'amount';
      stakeFen: number;
      storedInProfile: boolean;
      /** @enum {string} */
      subject: 'person' | 'company' | 'importer' | 'goods';
      text: string;
      type: string;
    };
    /** @enum {string} */
    Role:
      | 'founder'
      | 'community_operator'
      | 'reviewer'
      | 'finance_officer'
      | 'customs_officer'
      | 'provider'
      | 'admin';
    /** @enum {string} */
    RoleInput:
      | 'founder'
      | 'community_operator'
      | 'reviewer'
      | 'finance_officer'
      | 'customs_officer'
      | 'provider'
      | 'admin';
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
