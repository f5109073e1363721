/**
 * Generated from the server's OpenAPI document (its zod route schemas) by scripts/openapi-types.ts; do not edit.
 * After changing a route's schema, regenerate with `npm run openapi:types` and commit the result;
 * `npm run check` fails while this file is stale.
 */
export interface paths {
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is running */
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
              /** @enum {string} */
              status: 'ok';
            };
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
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The database answers and every migration is applied */
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
              /** @enum {string} */
              status: 'ready';
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'unavailable';
              reason: string;
            };
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
  '/api/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with email and password */
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
            /** @description Email address of the account */
            email: string;
            /** @description Password */
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
            'application/json': components['schemas']['Session'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the current session */
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
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in, their organisations and what they can do */
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
            'application/json': components['schemas']['Session'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your organisations and those they work with */
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
              organisations: components['schemas']['Organisation'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/organisations/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation you can see */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: string;
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
            'application/json': components['schemas']['Organisation'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users of the organisations you manage, and the invitations to them not yet accepted */
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
            'application/json': {
              users: components['schemas']['User'][];
              invitations: components['schemas']['PendingInvitation'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a user in an organisation you manage */
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
            /** Format: email */
            email: string;
            displayName: string;
            password: string;
            /** Format: uuid */
            organisationId: string;
            roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
            gmcNumber?: string;
            professionalRegistration?: string;
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
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/users/{userId}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable a user; their sessions end at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/users/{userId}/memberships/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a user's roles in an organisation you manage */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
          organisationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
          };
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Remove a user from an organisation; their sessions end at once */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
          organisationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a person into an organisation you manage: a one-time link by email, working for 7 days */
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
            /** Format: email */
            email: string;
            /** Format: uuid */
            organisationId: string;
            roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
            gmcNumber?: string;
            professionalRegistration?: string;
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
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/users/invitations/{invitationId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw an invitation not yet accepted; its link stops working */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          invitationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/users/{userId}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Re-enable a disabled user; they sign in again with their own password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/invitations/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What an invitation link is for: who invited you, to which organisation */
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
            token: string;
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
            'application/json': components['schemas']['OpenedInvitation'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: choose a password; the account is made and signed in */
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
            token: string;
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
            'application/json': components['schemas']['Session'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/admin/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every organisation, with the services it works with, its sites and its number of users */
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
              organisations: components['schemas']['ManagedOrganisation'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a GP practice or a dermatology service */
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
            /** @enum {string} */
            kind: 'gp_practice' | 'dermatology_service';
            name: string;
            odsCode: string;
            /** @default  */
            address?: string;
            /** @default  */
            postcode?: string;
            /** @default  */
            telephone?: string;
            /** @default  */
            email?: '' | string;
            /** @default [] */
            serviceIds?: string[];
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
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/admin/organisations/{organisationId}/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link a GP practice (or community clinic) to a dermatology service */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            serviceId: string;
          };
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the audit trail, newest first: everything, for a system administrator; your organisation’s staff, for a service administrator */
    get: {
      parameters: {
        query?: {
          nhsNumber?: string;
          userEmail?: string;
          reference?: string;
          recordType?: string;
          recordId?: string;
          action?: string;
          outcome?: 'allowed' | 'denied';
          from?: string;
          to?: string;
          before?: number;
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
              events: components['schemas']['AuditEvent'][];
              nextBefore: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/audit-events.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit events a search finds, newest first, as CSV (at most 10,000 rows) */
    get: {
      parameters: {
        query?: {
          nhsNumber?: string;
          userEmail?: string;
          reference?: string;
          recordType?: string;
          recordId?: string;
          action?: string;
          outcome?: 'allowed' | 'denied';
          from?: string;
          to?: string;
          before?: number;
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
          content?: never;
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
  '/api/audit-events/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check the hash chain of the whole audit trail: every row links to the one before and none was changed or removed */
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
              rows: number;
              ok: boolean;
              problems: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A service's response targets, clinic rules and contact details for patients */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
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
              adviceTargetWorkingDays: number;
              referralTargetWorkingDays: number;
              urgentAdviceTargetWorkingDays: number;
              urgentReferralTargetWorkingDays: number;
              /** @enum {string} */
              didNotAttendRule: 'offer_once_more' | 'return_to_referrer';
              reminderWorkingDays: number[];
              didNotAttendGraceMinutes: number;
              contactTelephone: string;
              contactEmail: string;
              openingHours: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Change a service's settings: targets apply to cases that become ready for review from now on; contact details to the next letter and patient page */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            adviceTargetWorkingDays: number;
            referralTargetWorkingDays: number;
            urgentAdviceTargetWorkingDays?: number;
            urgentReferralTargetWorkingDays?: number;
            /**
             * @default offer_once_more
             * @enum {string}
             */
            didNotAttendRule?: 'offer_once_more' | 'return_to_referrer';
            /**
             * @default [
             *       3,
             *       1
             *     ]
             */
            reminderWorkingDays?: number[];
            /** @default 15 */
            didNotAttendGraceMinutes?: number;
            contactTelephone?: string;
            contactEmail?: string;
            openingHours?: string;
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
              adviceTargetWorkingDays: number;
              referralTargetWorkingDays: number;
              urgentAdviceTargetWorkingDays: number;
              urgentReferralTargetWorkingDays: number;
              /** @enum {string} */
              didNotAttendRule: 'offer_once_more' | 'return_to_referrer';
              reminderWorkingDays: number[];
              didNotAttendGraceMinutes: number;
              contactTelephone: string;
              contactEmail: string;
              openingHours: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find patients by NHS number, or by last name and date of birth, among those you may see */
    get: {
      parameters: {
        query?: {
          nhsNumber?: string;
          familyName?: string;
          dateOfBirth?: string;
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
              patients: components['schemas']['Patient'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Register a patient with your practice, or find your practice's record of them (each practice keeps its own record) */
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
            nhsNumber: string;
            givenName: string;
            familyName: string;
            dateOfBirth: string;
            /** @enum {string} */
            sex?: 'female' | 'male' | 'other' | 'unknown';
            mobile?: string;
            email?: string;
            /** @default  */
            address?: string;
            postcode: string;
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
            'application/json': components['schemas']['Patient'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Patient'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patients/{patientId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One patient you may see */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          patientId: string;
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
            'application/json': components['schemas']['Patient'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patients/{patientId}/contact': {
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
    /** Change how your practice reaches a patient (mobile, email, address, postcode) on your practice's record */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          patientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            mobile?: string;
            email?: string;
            address?: string;
            postcode?: string;
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
            'application/json': components['schemas']['Patient'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find a patient you may see by name, NHS number (with or without spaces) or request reference, with their requests */
    get: {
      parameters: {
        query: {
          q: string;
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
            'application/json': components['schemas']['SearchResults'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your newest notifications (questions, answers, cases returned, outcomes, escalations) and how many are unread */
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
            'application/json': components['schemas']['StaffNotifications'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/notifications/count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of your notifications are unread, for the header */
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
            'application/json': components['schemas']['UnreadNotifications'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/notifications/{notificationId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of your notifications as read (opening it does this) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          notificationId: string;
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
            'application/json': components['schemas']['UnreadNotifications'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all your notifications as read */
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UnreadNotifications'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Requests your organisation is party to: your practice's, or your service's once submitted */
    get: {
      parameters: {
        query?: {
          state?:
            | 'draft'
            | 'submitted'
            | 'redirected'
            | 'not_accepted'
            | 'withdrawn'
            | 'awaiting_images'
            | 'ready_for_review'
            | 'in_review'
            | 'information_requested'
            | 'outcome_recorded'
            | 'closed'
            | 'returned';
          sort?: 'updated' | 'due' | 'created' | 'urgency';
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
              requests: components['schemas']['RequestSummary'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Start a draft Advice & Guidance request or referral for a patient of your practice */
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
            /** Format: uuid */
            patientId: string;
            /** @enum {string} */
            kind: 'advice_and_guidance' | 'referral';
            /**
             * @default routine
             * @enum {string}
             */
            urgency?: 'routine' | 'urgent';
            /** Format: uuid */
            serviceId: string;
            /** @enum {string} */
            photography?: 'referrer' | 'clinic';
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
              /** Format: uuid */
              id: string;
              reference: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One request with its patient, lesions, consent, eligibility and timeline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
            'application/json': components['schemas']['Request'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Save part of a draft (send the version you read; a stale one answers 409) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @enum {string} */
            kind?: 'advice_and_guidance' | 'referral';
            /** @enum {string} */
            urgency?: 'routine' | 'urgent';
            /** Format: uuid */
            serviceId?: string;
            clinicalQuestion?: string;
            history?: {
              durationValue?: number;
              /** @enum {string} */
              durationUnit?: 'days' | 'weeks' | 'months' | 'years';
              changes?: string;
              itch?: boolean;
              bleeding?: boolean;
              pain?: boolean;
              otherSymptoms?: string;
              treatmentsTried?: string;
              treatmentEffect?: string;
              currentMedicines?: string;
              immunosuppressed?: boolean;
              transplant?: boolean;
              previousSkinCancer?: ('melanoma' | 'scc' | 'high_risk_bcc' | 'low_risk_bcc' | 'other')[];
              previousSkinCancerDetails?: string;
              underHospitalConsultant?: boolean;
              needsTertiaryCare?: boolean;
              suspectedCancer?: ('melanoma' | 'scc' | 'high_risk_bcc')[];
              relevantHistory?: string;
            };
            conversionAuthorised?: boolean;
            /** @enum {string} */
            photography?: 'referrer' | 'clinic';
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
              version: number;
              redirected: {
                /** @enum {string} */
                state:
                  | 'draft'
                  | 'submitted'
                  | 'redirected'
                  | 'not_accepted'
                  | 'withdrawn'
                  | 'awaiting_images'
                  | 'ready_for_review'
                  | 'in_review'
                  | 'information_requested'
                  | 'outcome_recorded'
                  | 'closed'
                  | 'returned';
                eligibility: {
                  /** @enum {string} */
                  decision: 'accepted' | 'redirect_urgent_cancer' | 'not_accepted';
                  reasons: string[];
                  firedRules: string[];
                  ruleSetId: string | null;
                  ruleSetName: string;
                  ruleSetVersion: number;
                };
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/requests/{requestId}/lesions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a lesion, placed on the body map */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bodySite: string;
            /** @enum {string} */
            laterality: 'left' | 'right' | 'midline' | 'bilateral' | 'not_applicable';
            description: string;
            /** @default null */
            sizeMm?: number | null;
            /** @default false */
            obscuredByHair?: boolean;
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
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/lesions/{lesionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a lesion */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
          lesionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bodySite: string;
            /** @enum {string} */
            laterality: 'left' | 'right' | 'midline' | 'bilateral' | 'not_applicable';
            description: string;
            /** @default null */
            sizeMm?: number | null;
            /** @default false */
            obscuredByHair?: boolean;
          };
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Remove a lesion */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
          lesionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the patient's consent to the referral and to sharing photographs (and, optionally, teaching use) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {boolean} */
            referralAndImageSharing: true;
            /** @default false */
            teachingUse?: boolean;
            /** @enum {string} */
            method: 'verbal' | 'written';
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
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/consent/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the patient withdrew consent; processing stops */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a complete draft; eligibility is decided at once (a suspected cancer is redirected, never queued) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
              /** @enum {string} */
              state:
                | 'draft'
                | 'submitted'
                | 'redirected'
                | 'not_accepted'
                | 'withdrawn'
                | 'awaiting_images'
                | 'ready_for_review'
                | 'in_review'
                | 'information_requested'
                | 'outcome_recorded'
                | 'closed'
                | 'returned';
              eligibility: {
                /** @enum {string} */
                decision: 'accepted' | 'redirect_urgent_cancer' | 'not_accepted';
                reasons: string[];
                firedRules: string[];
                ruleSetId: string | null;
                ruleSetName: string;
                ruleSetVersion: number;
              };
              dueAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a request, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
              state: string;
              dueAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add to the conversation: a consultant asks a question or for better photographs (the clock pauses); the referrer answers (the case returns to the worklist) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'question' | 'photo_request' | 'answer' | 'note';
            body: string;
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
              /** Format: uuid */
              id: string;
              state: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/rule-sets/{pathway}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The eligibility rule set a service applies now to a kind of request, and all its versions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
          pathway: 'advice_and_guidance' | 'referral';
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
              current: {
                id?: string;
                name: string;
                version: number;
                /** @enum {string} */
                pathway: 'advice_and_guidance' | 'referral' | 'any';
                rules: {
                  /** @description Stable identifier, kept across versions, like 'under-18' */
                  id: string;
                  description: string;
                  /** @enum {string} */
                  effect: 'redirect_urgent_cancer' | 'not_accepted';
                  /** @description Plain words shown to the referrer when the rule fires */
                  reason: string;
                  when: unknown;
                }[];
              };
              versions: {
                version: number;
                name: string;
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                /** Format: date-time */
                effectiveFrom: string;
                /** @enum {string} */
                status: 'in_effect' | 'scheduled' | 'earlier' | 'never_in_effect';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Save an edited rule set as the next version; it decides requests submitted from the date it takes effect */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
          pathway: 'advice_and_guidance' | 'referral';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            rules: unknown[];
            /** Format: date */
            effectiveFrom?: string;
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
              /** Format: uuid */
              id: string;
              version: number;
              /** Format: date-time */
              effectiveFrom: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/rule-sets/{pathway}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version of a service’s eligibility rule set, as it was saved */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
          pathway: 'advice_and_guidance' | 'referral';
          version: number;
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
              ruleSet: {
                id?: string;
                name: string;
                version: number;
                /** @enum {string} */
                pathway: 'advice_and_guidance' | 'referral' | 'any';
                rules: {
                  /** @description Stable identifier, kept across versions, like 'under-18' */
                  id: string;
                  description: string;
                  /** @enum {string} */
                  effect: 'redirect_urgent_cancer' | 'not_accepted';
                  /** @description Plain words shown to the referrer when the rule fires */
                  reason: string;
                  when: unknown;
                }[];
              };
              summary: {
                version: number;
                name: string;
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                /** Format: date-time */
                effectiveFrom: string;
                /** @enum {string} */
                status: 'in_effect' | 'scheduled' | 'earlier' | 'never_in_effect';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/rule-sets/{pathway}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check an edited rule set as saving it would, without saving it; problems come back in words */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
          pathway: 'advice_and_guidance' | 'referral';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            rules: unknown[];
            /** Format: date */
            effectiveFrom?: string;
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
              effectiveFrom: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a finished resumable upload to its lesion: the content is decoded and checked; processing follows */
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
            uploadId: string;
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
            'application/json': components['schemas']['Image'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A request's photographs, with their processing state and quality warnings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
              images: components['schemas']['Image'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/images/{imageId}/{variant}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A derivative of a photograph (the original is never served); supports byte ranges */
    get: {
      parameters: {
        query?: {
          download?: '1';
        };
        header?: never;
        path: {
          imageId: string;
          variant: 'thumbnail' | 'viewing' | 'eref';
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
          content?: never;
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
  '/api/images/{imageId}/tiles/{level}/{tile}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One Deep Zoom tile of a very large photograph (the photograph itself is audited when opened) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          imageId: string;
          level: number;
          tile: string;
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
          content?: never;
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
  '/api/images/{imageId}/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a wrong or poor photograph off its request before review (409 once ready for review); nothing is deleted */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          imageId: string;
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
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/images-complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Say every lesion has its photographs: the case becomes ready for review and its clock starts */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
              state: string;
              dueAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/patient-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the patient a secure link to this request by text or email (it replaces any earlier link) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            channel: 'sms' | 'email';
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
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/patient-links/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Cancel the link in use */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/{serviceId}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Patient feedback: counts and percentages per answer per month */
    get: {
      parameters: {
        query?: {
          since?: string;
        };
        header?: never;
        path: {
          serviceId: string;
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
              months: {
                month: string;
                responses: number;
                questions: {
                  [key: string]: {
                    answer: string;
                    count: number;
                    percent: number;
                  }[];
                };
              }[];
              comments: {
                month: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/feedback.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Patient feedback as CSV */
    get: {
      parameters: {
        query?: {
          since?: string;
        };
        header?: never;
        path: {
          serviceId: string;
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
          content?: never;
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
  '/api/patient/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient link session: whether the date of birth is confirmed, and the practice to contact */
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
              verified: boolean;
              practice: string;
              telephone: string;
              csrfToken: string;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patient/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm your date of birth (5 wrong answers lock the link) */
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
            dateOfBirth: string;
          };
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patient/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your request: status, photos, questionnaire, letter */
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
              /** Format: uuid */
              requestId: string;
              reference: string;
              practice: {
                name: string;
                telephone: string;
              };
              serviceName: string;
              service: {
                name: string;
                telephone: string;
                email: string;
                openingHours: string;
              };
              status: {
                /** @enum {string} */
                state:
                  | 'draft'
                  | 'submitted'
                  | 'redirected'
                  | 'not_accepted'
                  | 'withdrawn'
                  | 'awaiting_images'
                  | 'ready_for_review'
                  | 'in_review'
                  | 'information_requested'
                  | 'outcome_recorded'
                  | 'closed'
                  | 'returned';
                text: string;
              };
              partDone: boolean;
              consent: {
                given: boolean;
                teachingUse: boolean;
              } | null;
              takesPhotos: boolean;
              lesions: {
                /** Format: uuid */
                id: string;
                position: number;
                site: string;
                description: string;
              }[];
              photos: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                lesionId: string;
                /** @enum {string} */
                view: 'regional' | 'close_up' | 'dermoscopic';
                /** @enum {string} */
                state: 'processing' | 'ready' | 'failed';
                warnings: {
                  code: string;
                  message: string;
                }[];
                failure: string | null;
                thumbnailUrl: string | null;
              }[];
              questionnaire: {
                answers: {
                  durationValue?: number;
                  /** @enum {string} */
                  durationUnit?: 'days' | 'weeks' | 'months' | 'years';
                  symptoms?: ('itch' | 'bleeding' | 'pain' | 'none')[];
                  otherSymptoms?: string;
                  changes?: string;
                  treatmentsTried?: string;
                  medicines?: string;
                  allergies?: string;
                  /** @enum {string} */
                  previousSkinCancer?: 'yes' | 'no' | 'not_sure';
                  previousSkinCancerDetails?: string;
                };
                completedAt: string | null;
              };
              letter: {
                url: string;
                /** Format: date-time */
                createdAt: string;
              } | null;
              feedback: {
                canGive: boolean;
                given: boolean;
              };
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patient/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give consent to the referral and to sharing your photos (and, if you wish, to their use in teaching) */
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
            /** @enum {boolean} */
            referralAndImageSharing: true;
            /** @default false */
            teachingUse?: boolean;
          };
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patient/questionnaire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save your answers as you go; send complete: true when you have finished */
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
            answers: {
              durationValue?: number;
              /** @enum {string} */
              durationUnit?: 'days' | 'weeks' | 'months' | 'years';
              symptoms?: ('itch' | 'bleeding' | 'pain' | 'none')[];
              otherSymptoms?: string;
              changes?: string;
              treatmentsTried?: string;
              medicines?: string;
              allergies?: string;
              /** @enum {string} */
              previousSkinCancer?: 'yes' | 'no' | 'not_sure';
              previousSkinCancerDetails?: string;
            };
            /** @default false */
            complete?: boolean;
          };
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patient/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a finished upload to your request */
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
            uploadId: string;
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
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              state: 'processing' | 'ready' | 'failed';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patient/images/{imageId}/thumbnail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A thumbnail of a photo you sent */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          imageId: string;
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
          content?: never;
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
  '/api/patient/letter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your copy of the dermatologist’s letter (PDF) */
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
          content?: never;
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
  '/api/patient/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tell us about your experience (stored without your name or details) */
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
            /** @enum {string} */
            friendsAndFamily: 'very_good' | 'good' | 'neither' | 'poor' | 'very_poor' | 'dont_know';
            /** @enum {string} */
            speed?: 'strongly_agree' | 'agree' | 'disagree' | 'strongly_disagree';
            /** @enum {string} */
            informationBefore?: 'strongly_agree' | 'agree' | 'disagree' | 'strongly_disagree';
            /** @enum {string} */
            informationAfter?: 'strongly_agree' | 'agree' | 'disagree' | 'strongly_disagree';
            /** @enum {string} */
            convenience?: 'strongly_agree' | 'agree' | 'disagree' | 'strongly_disagree';
            comments?: string;
          };
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/conversion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether this Advice & Guidance request can be converted into a referral, and if not why: asked before signing */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
              possible: boolean;
              reasons: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases waiting for review in your services: urgent first, then by due date */
    get: {
      parameters: {
        query?: {
          kind?: 'advice_and_guidance' | 'referral';
          practiceId?: string;
          overdue?: 'true' | 'false';
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
              cases: {
                /** Format: uuid */
                id: string;
                reference: string;
                kind: string;
                urgency: string;
                state: string;
                dueAt: string | null;
                overdue: boolean;
                dueToday: boolean;
                patient: {
                  name: string;
                  age: number;
                  sex: string;
                };
                practiceName: string;
                lesionCount: number;
                imageCount: number;
                thumbnailUrl: string | null;
                heldBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  mine: boolean;
                  since: string | null;
                } | null;
              }[];
              counts: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/worklist/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cases you asked the referrer about and the cases you signed, newest first */
    get: {
      parameters: {
        query?: {
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
              items: {
                /** Format: uuid */
                requestId: string;
                reference: string;
                kind: string;
                state: string;
                patientName: string;
                practiceName: string;
                /** @enum {string} */
                did: 'asked' | 'signed' | 'addendum';
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/service/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything open in your service, who holds what and what is overdue */
    get: {
      parameters: {
        query?: {
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
              cases: {
                /** Format: uuid */
                id: string;
                reference: string;
                kind: string;
                urgency: string;
                state: string;
                dueAt: string | null;
                overdue: boolean;
                dueToday: boolean;
                patient: {
                  name: string;
                  age: number;
                  sex: string;
                };
                practiceName: string;
                lesionCount: number;
                imageCount: number;
                thumbnailUrl: string | null;
                heldBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  mine: boolean;
                  since: string | null;
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a case for review: you hold it until you sign, hand it back, or leave it idle past the claim period */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
              state: string;
              version: number;
              takenOver: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand a case you hold back to the worklist */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
              state: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give a case to another consultant of the service, or back to the worklist (consultantId null) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            consultantId: string | null;
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
              state: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign the outcome of a case you hold (or ask for more information, which pauses the clock) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @enum {string} */
            category:
              | 'discharge_with_advice'
              | 'gp_to_prescribe'
              | 'routine_face_to_face'
              | 'urgent_face_to_face'
              | 'biopsy_or_excision'
              | 'onward_referral'
              | 'redirect_urgent_cancer'
              | 'convert_to_referral'
              | 'recommend_referral'
              | 'more_information_needed';
            diagnosisCode?: string;
            diagnosisText?: string;
            /** @default [] */
            differentials?: {
              /** @default null */
              code?: string | null;
              term: string;
            }[];
            /** @default  */
            plan?: string;
            /** @default [] */
            medicines?: {
              name: string;
              /** @default  */
              strength?: string;
              /** @default  */
              form?: string;
              directions: string;
              /** @default  */
              duration?: string;
            }[];
            leaflets?: {
              title: string;
              /** Format: uri */
              url: string;
            }[];
            onwardReferral?: string;
            /** @enum {string} */
            referralPhotography?: 'referrer' | 'clinic';
            /** @default false */
            planConfirmed?: boolean;
            question?: string;
            /** @default false */
            askForPhotographs?: boolean;
            previewDigest?: string;
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
              state: string;
              outcomeId: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/outcome/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The letters an outcome would send, before it is signed; the signature names the digest this answers (the letters were read) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @enum {string} */
            category:
              | 'discharge_with_advice'
              | 'gp_to_prescribe'
              | 'routine_face_to_face'
              | 'urgent_face_to_face'
              | 'biopsy_or_excision'
              | 'onward_referral'
              | 'redirect_urgent_cancer'
              | 'convert_to_referral'
              | 'recommend_referral'
              | 'more_information_needed';
            diagnosisCode?: string;
            diagnosisText?: string;
            /** @default [] */
            differentials?: {
              /** @default null */
              code?: string | null;
              term: string;
            }[];
            /** @default  */
            plan?: string;
            /** @default [] */
            medicines?: {
              name: string;
              /** @default  */
              strength?: string;
              /** @default  */
              form?: string;
              directions: string;
              /** @default  */
              duration?: string;
            }[];
            leaflets?: {
              title: string;
              /** Format: uri */
              url: string;
            }[];
            onwardReferral?: string;
            /** @enum {string} */
            referralPhotography?: 'referrer' | 'clinic';
            /** @default false */
            planConfirmed?: boolean;
            question?: string;
            /** @default false */
            askForPhotographs?: boolean;
            previewDigest?: string;
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
            'application/json': components['schemas']['LetterPreview'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/addenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a signed addendum to a signed outcome (the outcome itself never changes) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
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
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/diagnoses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The curated dermatology diagnoses with SNOMED CT concept ids, and the service's live plan templates (with the outcomes each fits) and leaflets */
    get: {
      parameters: {
        query?: {
          serviceId?: string;
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
              source: string;
              diagnoses: {
                code: string;
                term: string;
                group: string;
                cancer: boolean;
                planTemplate: string | null;
                templateOutcomes: (
                  | 'discharge_with_advice'
                  | 'gp_to_prescribe'
                  | 'routine_face_to_face'
                  | 'urgent_face_to_face'
                  | 'biopsy_or_excision'
                  | 'onward_referral'
                  | 'redirect_urgent_cancer'
                  | 'convert_to_referral'
                  | 'recommend_referral'
                )[];
                leaflets: {
                  title: string;
                  url: string;
                }[];
                suggestedMedicine: {
                  name: string;
                  strength: string;
                  form: string;
                  directions: string;
                  duration: string;
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/plan-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your service's plan template and leaflets for each diagnosis: its own or the built-in ones, the outcomes each fits, and which are retired */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
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
              diagnoses: {
                code: string;
                term: string;
                group: string;
                cancer: boolean;
                template: {
                  text: string;
                  outcomes: (
                    | 'discharge_with_advice'
                    | 'gp_to_prescribe'
                    | 'routine_face_to_face'
                    | 'urgent_face_to_face'
                    | 'biopsy_or_excision'
                    | 'onward_referral'
                    | 'redirect_urgent_cancer'
                    | 'convert_to_referral'
                    | 'recommend_referral'
                  )[];
                  /** @enum {string} */
                  source: 'built_in' | 'service';
                  retiredAt: string | null;
                  retiredByName: string | null;
                  updatedAt: string | null;
                  updatedByName: string | null;
                };
                builtIn: {
                  text: string;
                  leaflets: {
                    title: string;
                    url: string;
                  }[];
                };
                leaflets: {
                  items: {
                    title: string;
                    url: string;
                  }[];
                  /** @enum {string} */
                  source: 'built_in' | 'service';
                  updatedAt: string | null;
                  updatedByName: string | null;
                };
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/plan-templates/{diagnosisCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set your service's management plan template for a diagnosis and the outcomes it is written for (a retired template stays retired) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
          diagnosisCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
            outcomes?: (
              | 'discharge_with_advice'
              | 'gp_to_prescribe'
              | 'routine_face_to_face'
              | 'urgent_face_to_face'
              | 'biopsy_or_excision'
              | 'onward_referral'
              | 'redirect_urgent_cancer'
              | 'convert_to_referral'
              | 'recommend_referral'
            )[];
          };
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/plan-templates/{diagnosisCode}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire the plan template for a diagnosis: it is no longer offered to consultants (signed outcomes keep theirs) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
          diagnosisCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/plan-templates/{diagnosisCode}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring a retired plan template back: consultants are offered it again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
          diagnosisCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/leaflets/{diagnosisCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the patient leaflets your service offers for a diagnosis (titles and https addresses; an empty list offers none) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceId: string;
          diagnosisCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            leaflets: {
              title: string;
              url: string;
            }[];
          };
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open cases that reached their due day or passed their response target: all of your services’ for a service admin, those you hold for a consultant */
    get: {
      parameters: {
        query?: {
          stage?: 'due' | 'breached';
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
              cases: components['schemas']['EscalatedCase'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The service dashboard: volume, timeliness, outcomes, photograph quality, clinics and patients' feedback by month (docs/measures.md) */
    get: {
      parameters: {
        query?: {
          from?: string;
          /** @description The last month, YYYY-MM; at most 36 months in all */
          to?: string;
          pathway?: 'advice_and_guidance' | 'referral';
          practiceId?: string;
          consultantId?: string;
        };
        header?: never;
        path: {
          serviceId: string;
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
            'application/json': components['schemas']['ServiceDashboard'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/services/{serviceId}/dashboard.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the service dashboard's tables as CSV, with the same period and filters */
    get: {
      parameters: {
        query: {
          from?: string;
          /** @description The last month, YYYY-MM; at most 36 months in all */
          to?: string;
          pathway?: 'advice_and_guidance' | 'referral';
          practiceId?: string;
          consultantId?: string;
          table:
            | 'volume'
            | 'timeliness'
            | 'open-now'
            | 'outcome-mix'
            | 'outcomes'
            | 'not-accepted'
            | 'quality'
            | 'clinics'
            | 'feedback'
            | 'practices'
            | 'consultants';
        };
        header?: never;
        path: {
          serviceId: string;
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
          content?: never;
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
  '/api/letters/{letterId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a letter (PDF) of a request you may see */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          letterId: string;
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
          content?: never;
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
  '/api/requests/{requestId}/urgent-referral-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A request redirected to the urgent suspected-cancer pathway, as a PDF to attach to the urgent referral (the referring practice only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
          content?: never;
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
  '/api/clinic-sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The clinic sites you work with: your clinic's, or those of the clinics serving your services */
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
              sites: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clinicId: string;
                clinicName: string;
                name: string;
                address: string;
                postcode: string;
                accessibility: string;
                openingHours: string;
                location: {
                  latitude: number;
                  longitude: number;
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add a site to a community clinic that serves your service */
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
            /** Format: uuid */
            clinicId: string;
            name: string;
            address: string;
            postcode: string;
            /** @default  */
            accessibility?: string;
            /** @default  */
            openingHours?: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              clinicId: string;
              clinicName: string;
              name: string;
              address: string;
              postcode: string;
              accessibility: string;
              openingHours: string;
              location: {
                latitude: number;
                longitude: number;
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-sites/{siteId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a site's name, address, accessibility notes or opening hours; its location follows its postcode */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          siteId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            address: string;
            postcode: string;
            /** @default  */
            accessibility?: string;
            /** @default  */
            openingHours?: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              clinicId: string;
              clinicName: string;
              name: string;
              address: string;
              postcode: string;
              accessibility: string;
              openingHours: string;
              location: {
                latitude: number;
                longitude: number;
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-photographers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The medical photographers of the clinics serving your services */
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
              photographers: {
                /** Format: uuid */
                id: string;
                displayName: string;
                /** Format: uuid */
                clinicId: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clinic sessions from a date (default today) for four weeks, or to a date */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          siteId?: string;
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
              sessions: {
                /** Format: uuid */
                id: string;
                site: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  clinicId: string;
                  clinicName: string;
                  name: string;
                  address: string;
                  postcode: string;
                  accessibility: string;
                  openingHours: string;
                };
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                slotMinutes: number;
                photographers: {
                  /** Format: uuid */
                  id: string;
                  displayName: string;
                }[];
                cancelledAt: string | null;
                cancelReason: string | null;
                slotCount: number;
                bookedCount: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add a clinic session at a site; its slots are made from the slot length */
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
            /** Format: uuid */
            siteId: string;
            /** Format: date */
            date: string;
            start: string;
            end: string;
            slotMinutes: number;
            photographerIds: string[];
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
              /** Format: uuid */
              id: string;
              site: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clinicId: string;
                clinicName: string;
                name: string;
                address: string;
                postcode: string;
                accessibility: string;
                openingHours: string;
              };
              /** Format: date-time */
              startsAt: string;
              /** Format: date-time */
              endsAt: string;
              slotMinutes: number;
              photographers: {
                /** Format: uuid */
                id: string;
                displayName: string;
              }[];
              cancelledAt: string | null;
              cancelReason: string | null;
              slotCount: number;
              bookedCount: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A clinic session with its slots and who is booked into each */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sessionId: string;
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
              /** Format: uuid */
              id: string;
              site: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clinicId: string;
                clinicName: string;
                name: string;
                address: string;
                postcode: string;
                accessibility: string;
                openingHours: string;
              };
              /** Format: date-time */
              startsAt: string;
              /** Format: date-time */
              endsAt: string;
              slotMinutes: number;
              photographers: {
                /** Format: uuid */
                id: string;
                displayName: string;
              }[];
              cancelledAt: string | null;
              cancelReason: string | null;
              slotCount: number;
              bookedCount: number;
              slots: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                booking: {
                  appointmentId: string | null;
                  requestId: string | null;
                  reference: string;
                  patientName: string;
                  /** @enum {string} */
                  status: 'booked' | 'cancelled' | 'moved' | 'attended' | 'did_not_attend';
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-sessions/{sessionId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a session: its patients are told and listed for rebooking */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sessionId: string;
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
              session: {
                /** Format: uuid */
                id: string;
                site: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  clinicId: string;
                  clinicName: string;
                  name: string;
                  address: string;
                  postcode: string;
                  accessibility: string;
                  openingHours: string;
                };
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                slotMinutes: number;
                photographers: {
                  /** Format: uuid */
                  id: string;
                  displayName: string;
                }[];
                cancelledAt: string | null;
                cancelReason: string | null;
                slotCount: number;
                bookedCount: number;
              };
              toRebook: {
                /** Format: uuid */
                requestId: string;
                reference: string;
                /** @enum {string} */
                urgency: 'routine' | 'urgent';
                /** Format: date-time */
                submittedAt: string;
                patientName: string;
                nhsNumber: string;
                postcode: string;
                practiceName: string;
                lesionCount: number;
                didNotAttendCount: number;
                lastEnded: {
                  reason: string;
                  at: string;
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/service/clinic-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What happened to clinic appointments in a period (default the last 30 days): attended, missed, cancelled */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
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
              from: string;
              to: string;
              booked: number;
              attended: number;
              didNotAttend: number;
              cancelledByPatient: number;
              cancelledByService: number;
              sessionsCancelled: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/booking-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clinic referrals waiting for an appointment: urgent first, then the longest waiting */
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
              items: {
                /** Format: uuid */
                requestId: string;
                reference: string;
                /** @enum {string} */
                urgency: 'routine' | 'urgent';
                /** Format: date-time */
                submittedAt: string;
                patientName: string;
                nhsNumber: string;
                postcode: string;
                practiceName: string;
                lesionCount: number;
                didNotAttendCount: number;
                lastEnded: {
                  reason: string;
                  at: string;
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/slot-offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every open slot for this patient in a week (the first with any unless asked): by date, nearest site first, then the earliest */
    get: {
      parameters: {
        query?: {
          week?: string;
        };
        header?: never;
        path: {
          requestId: string;
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
              offers: {
                /** Format: uuid */
                slotId: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                site: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  clinicId: string;
                  clinicName: string;
                  name: string;
                  address: string;
                  postcode: string;
                  accessibility: string;
                  openingHours: string;
                };
                distanceMiles: number | null;
                /** @enum {string} */
                nearness: 'same district' | 'nearby' | 'further';
              }[];
              week: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
              } | null;
              weeks: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                open: number;
              }[];
              patientLocated: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/patient-contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient's mobile number, email address and postcode, to choose how they are told of a booking */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
              mobile: string | null;
              email: string | null;
              postcode: string;
              practice: {
                name: string;
                telephone: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/requests/{requestId}/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A request's clinic appointments, the live one first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
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
              appointments: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                requestId: string;
                /** Format: uuid */
                slotId: string;
                /** @enum {string} */
                status: 'booked' | 'cancelled' | 'moved' | 'attended' | 'did_not_attend';
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                site: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  clinicId: string;
                  clinicName: string;
                  name: string;
                  address: string;
                  postcode: string;
                  accessibility: string;
                  openingHours: string;
                };
                /** Format: date-time */
                bookedAt: string;
                endedAt: string | null;
                endReason: string | null;
                arrivedAt: string | null;
                /** Format: date-time */
                didNotAttendFrom: string;
              }[];
              canBook: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Book a slot; the patient is sent a secure link and the appointment letter */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            slotId: string;
            /** @enum {string} */
            channel: 'email' | 'sms';
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              requestId: string;
              /** Format: uuid */
              slotId: string;
              /** @enum {string} */
              status: 'booked' | 'cancelled' | 'moved' | 'attended' | 'did_not_attend';
              /** Format: date-time */
              startsAt: string;
              /** Format: date-time */
              endsAt: string;
              site: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clinicId: string;
                clinicName: string;
                name: string;
                address: string;
                postcode: string;
                accessibility: string;
                openingHours: string;
              };
              /** Format: date-time */
              bookedAt: string;
              endedAt: string | null;
              endReason: string | null;
              arrivedAt: string | null;
              /** Format: date-time */
              didNotAttendFrom: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/appointments/{appointmentId}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an appointment to another slot; the patient is told and sent a new letter */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          appointmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            slotId: string;
            /** @enum {string} */
            channel: 'email' | 'sms';
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              requestId: string;
              /** Format: uuid */
              slotId: string;
              /** @enum {string} */
              status: 'booked' | 'cancelled' | 'moved' | 'attended' | 'did_not_attend';
              /** Format: date-time */
              startsAt: string;
              /** Format: date-time */
              endsAt: string;
              site: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clinicId: string;
                clinicName: string;
                name: string;
                address: string;
                postcode: string;
                accessibility: string;
                openingHours: string;
              };
              /** Format: date-time */
              bookedAt: string;
              endedAt: string | null;
              endReason: string | null;
              arrivedAt: string | null;
              /** Format: date-time */
              didNotAttendFrom: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/appointments/{appointmentId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an appointment (for example when the patient phones); the request returns to the queue */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          appointmentId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              requestId: string;
              /** Format: uuid */
              slotId: string;
              /** @enum {string} */
              status: 'booked' | 'cancelled' | 'moved' | 'attended' | 'did_not_attend';
              /** Format: date-time */
              startsAt: string;
              /** Format: date-time */
              endsAt: string;
              site: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clinicId: string;
                clinicName: string;
                name: string;
                address: string;
                postcode: string;
                accessibility: string;
                openingHours: string;
              };
              /** Format: date-time */
              bookedAt: string;
              endedAt: string | null;
              endReason: string | null;
              arrivedAt: string | null;
              /** Format: date-time */
              didNotAttendFrom: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/appointments/{appointmentId}/did-not-attend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the patient did not attend, from the appointment's didNotAttendFrom (its start plus the service's grace); the service's rule decides what follows */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          appointmentId: string;
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
              appointment: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                requestId: string;
                /** Format: uuid */
                slotId: string;
                /** @enum {string} */
                status: 'booked' | 'cancelled' | 'moved' | 'attended' | 'did_not_attend';
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                site: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  clinicId: string;
                  clinicName: string;
                  name: string;
                  address: string;
                  postcode: string;
                  accessibility: string;
                  openingHours: string;
                };
                /** Format: date-time */
                bookedAt: string;
                endedAt: string | null;
                endReason: string | null;
                arrivedAt: string | null;
                /** Format: date-time */
                didNotAttendFrom: string;
              };
              /** @enum {string} */
              result: 'offer_again' | 'returned_to_referrer';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-day': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The clinic list for a day (default today) at your clinic's sites */
    get: {
      parameters: {
        query?: {
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
              sites: {
                site: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  clinicId: string;
                  clinicName: string;
                  name: string;
                  address: string;
                  postcode: string;
                  accessibility: string;
                  openingHours: string;
                };
                appointments: {
                  /** Format: uuid */
                  appointmentId: string;
                  /** Format: uuid */
                  requestId: string;
                  reference: string;
                  /** Format: date-time */
                  startsAt: string;
                  patientName: string;
                  dateOfBirth: string;
                  nhsNumber: string;
                  lesions: {
                    /** Format: uuid */
                    id: string;
                    position: number;
                    bodySite: string;
                    bodySiteLabel: string;
                    laterality: string;
                    sizeMm: number | null;
                  }[];
                  questionnaireDone: boolean;
                  /** @enum {string} */
                  status: 'expected' | 'arrived' | 'in_progress' | 'done' | 'did_not_attend';
                  /** Format: date-time */
                  didNotAttendFrom: string;
                }[];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-appointments/{appointmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One patient on the clinic list: lesions, the views each needs, photographs so far, what is missing */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          appointmentId: string;
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
              /** Format: uuid */
              appointmentId: string;
              /** Format: uuid */
              requestId: string;
              reference: string;
              /** Format: date-time */
              startsAt: string;
              patientName: string;
              dateOfBirth: string;
              nhsNumber: string;
              lesions: {
                /** Format: uuid */
                id: string;
                position: number;
                bodySite: string;
                bodySiteLabel: string;
                laterality: string;
                sizeMm: number | null;
                description: string;
                requiredViews: ('regional' | 'close_up' | 'dermoscopic')[];
                missingViews: ('regional' | 'close_up' | 'dermoscopic')[];
                images: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  view: 'regional' | 'close_up' | 'dermoscopic';
                  /** @enum {string} */
                  state: 'processing' | 'ready' | 'failed';
                  warnings: {
                    code: string;
                    message: string;
                  }[];
                }[];
              }[];
              questionnaireDone: boolean;
              /** @enum {string} */
              status: 'expected' | 'arrived' | 'in_progress' | 'done' | 'did_not_attend';
              /** Format: date-time */
              didNotAttendFrom: string;
              site: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clinicId: string;
                clinicName: string;
                name: string;
                address: string;
                postcode: string;
                accessibility: string;
                openingHours: string;
              };
              appointmentStatus: string;
              arrivedAt: string | null;
              questionnaire: {
                answers: unknown;
                completedAt: string | null;
                confirmedAt: string | null;
              } | null;
              questionnaireConfirmedAt: string | null;
              missing: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-appointments/{appointmentId}/arrived': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The patient has arrived: photographs can now be taken */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          appointmentId: string;
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
              /** Format: uuid */
              appointmentId: string;
              /** Format: uuid */
              requestId: string;
              reference: string;
              /** Format: date-time */
              startsAt: string;
              patientName: string;
              dateOfBirth: string;
              nhsNumber: string;
              lesions: {
                /** Format: uuid */
                id: string;
                position: number;
                bodySite: string;
                bodySiteLabel: string;
                laterality: string;
                sizeMm: number | null;
                description: string;
                requiredViews: ('regional' | 'close_up' | 'dermoscopic')[];
                missingViews: ('regional' | 'close_up' | 'dermoscopic')[];
                images: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  view: 'regional' | 'close_up' | 'dermoscopic';
                  /** @enum {string} */
                  state: 'processing' | 'ready' | 'failed';
                  warnings: {
                    code: string;
                    message: string;
                  }[];
                }[];
              }[];
              questionnaireDone: boolean;
              /** @enum {string} */
              status: 'expected' | 'arrived' | 'in_progress' | 'done' | 'did_not_attend';
              /** Format: date-time */
              didNotAttendFrom: string;
              site: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clinicId: string;
                clinicName: string;
                name: string;
                address: string;
                postcode: string;
                accessibility: string;
                openingHours: string;
              };
              appointmentStatus: string;
              arrivedAt: string | null;
              questionnaire: {
                answers: unknown;
                completedAt: string | null;
                confirmedAt: string | null;
              } | null;
              questionnaireConfirmedAt: string | null;
              missing: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-appointments/{appointmentId}/questionnaire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the questionnaire as confirmed with the patient (with any answers corrected or added) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          appointmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers: {
              durationValue?: number;
              /** @enum {string} */
              durationUnit?: 'days' | 'weeks' | 'months' | 'years';
              symptoms?: ('itch' | 'bleeding' | 'pain' | 'none')[];
              otherSymptoms?: string;
              changes?: string;
              treatmentsTried?: string;
              medicines?: string;
              allergies?: string;
              /** @enum {string} */
              previousSkinCancer?: 'yes' | 'no' | 'not_sure';
              previousSkinCancerDetails?: string;
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
              /** Format: uuid */
              appointmentId: string;
              /** Format: uuid */
              requestId: string;
              reference: string;
              /** Format: date-time */
              startsAt: string;
              patientName: string;
              dateOfBirth: string;
              nhsNumber: string;
              lesions: {
                /** Format: uuid */
                id: string;
                position: number;
                bodySite: string;
                bodySiteLabel: string;
                laterality: string;
                sizeMm: number | null;
                description: string;
                requiredViews: ('regional' | 'close_up' | 'dermoscopic')[];
                missingViews: ('regional' | 'close_up' | 'dermoscopic')[];
                images: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  view: 'regional' | 'close_up' | 'dermoscopic';
                  /** @enum {string} */
                  state: 'processing' | 'ready' | 'failed';
                  warnings: {
                    code: string;
                    message: string;
                  }[];
                }[];
              }[];
              questionnaireDone: boolean;
              /** @enum {string} */
              status: 'expected' | 'arrived' | 'in_progress' | 'done' | 'did_not_attend';
              /** Format: date-time */
              didNotAttendFrom: string;
              site: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clinicId: string;
                clinicName: string;
                name: string;
                address: string;
                postcode: string;
                accessibility: string;
                openingHours: string;
              };
              appointmentStatus: string;
              arrivedAt: string | null;
              questionnaire: {
                answers: unknown;
                completedAt: string | null;
                confirmedAt: string | null;
              } | null;
              questionnaireConfirmedAt: string | null;
              missing: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/clinic-appointments/{appointmentId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The capture is complete: the case is ready for consultant review and its clock starts */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          appointmentId: string;
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
              state: string;
              dueAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patient/appointment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your photography appointment, if you have one, and the other times you could move it to, a week at a time */
    get: {
      parameters: {
        query?: {
          week?: string;
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
              appointment: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                site: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  clinicId: string;
                  clinicName: string;
                  name: string;
                  address: string;
                  postcode: string;
                  accessibility: string;
                  openingHours: string;
                };
              } | null;
              offers: {
                /** Format: uuid */
                slotId: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                site: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  clinicId: string;
                  clinicName: string;
                  name: string;
                  address: string;
                  postcode: string;
                  accessibility: string;
                  openingHours: string;
                };
                distanceMiles: number | null;
                /** @enum {string} */
                nearness: 'same district' | 'nearby' | 'further';
              }[];
              week: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
              } | null;
              weeks: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                open: number;
              }[];
              patientLocated: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patient/appointment/letter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The letter for your appointment (PDF) */
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
          content?: never;
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
  '/api/patient/appointment/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move your appointment to another open time */
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
            /** Format: uuid */
            slotId: string;
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
              appointment: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                site: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  clinicId: string;
                  clinicName: string;
                  name: string;
                  address: string;
                  postcode: string;
                  accessibility: string;
                  openingHours: string;
                };
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
  '/api/patient/appointment/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel your appointment; the service will contact you */
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
            /** @default  */
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
            'application/json': {
              appointment: null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
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
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ProblemInput: {
      type: string;
      title: string;
      status: number;
      detail: string;
      /** @description Stable machine-readable error code */
      code: string;
      instance?: string;
      errors?: {
        field: string;
        message: string;
      }[];
      correlationId?: string;
    };
    AuditEventInput: {
      seq: number;
      /** Format: uuid */
      id: string;
      at: unknown;
      actorUserId: string | null;
      actorOrganisationId: string | null;
      actorLabel: string;
      action: string;
      recordType: string | null;
      recordId: string | null;
      requestReference: string | null;
      patientId: string | null;
      clientAddress: string;
      /** @enum {string} */
      outcome: 'allowed' | 'denied';
      detail: {
        [key: string]: unknown;
      };
    };
    SessionInput: {
      user: {
        /** Format: uuid */
        id: string;
        email: string;
        displayName: string;
        /** @description GMC number, for consultants */
        gmcNumber: string | null;
        /** @description Professional registration, for referrers */
        professionalRegistration: string | null;
      };
      memberships: {
        /** Format: uuid */
        organisationId: string;
        organisationName: string;
        /** @enum {string} */
        kind: 'gp_practice' | 'dermatology_service' | 'community_clinic';
        roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      }[];
      /** @description Every role held, in any organisation */
      roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      /** @description What the user can do, in words for the home page */
      capabilities: string[];
      /** @description Send as X-CSRF-Token on every state-changing request */
      csrfToken?: string;
    };
    RequestSummaryInput: {
      /** Format: uuid */
      id: string;
      reference: string;
      /** @enum {string} */
      kind: 'advice_and_guidance' | 'referral';
      /** @enum {string} */
      urgency: 'routine' | 'urgent';
      /** @enum {string} */
      state:
        | 'draft'
        | 'submitted'
        | 'redirected'
        | 'not_accepted'
        | 'withdrawn'
        | 'awaiting_images'
        | 'ready_for_review'
        | 'in_review'
        | 'information_requested'
        | 'outcome_recorded'
        | 'closed'
        | 'returned';
      patient: {
        /** Format: uuid */
        id: string;
        name: string;
        nhsNumber: string;
        dateOfBirth: string;
      };
      practiceName: string;
      serviceName: string;
      dueAt: unknown | null;
      overdueWorkingDays: number | null;
      updatedAt: unknown;
      lastActivity: string;
    };
    OutcomeInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'outcome' | 'addendum';
      addendumTo: string | null;
      category:
        | (
            | 'discharge_with_advice'
            | 'gp_to_prescribe'
            | 'routine_face_to_face'
            | 'urgent_face_to_face'
            | 'biopsy_or_excision'
            | 'onward_referral'
            | 'redirect_urgent_cancer'
            | 'convert_to_referral'
            | 'recommend_referral'
          )
        | null;
      categoryLabel: string | null;
      diagnosisCode: string | null;
      diagnosisTerm: string | null;
      differentials: {
        code: string | null;
        term: string;
      }[];
      plan: string;
      medicines: {
        name: string;
        /** @default  */
        strength: string;
        /** @default  */
        form: string;
        directions: string;
        /** @default  */
        duration: string;
      }[];
      leaflets: {
        title: string;
        url: string;
      }[];
      onwardReferral: string | null;
      signedByName: string;
      gmcNumber: string;
      signedAt: unknown;
    };
    LetterPreviewInput: {
      letters: {
        /** @enum {string} */
        audience: 'referrer' | 'patient';
        content: {
          letterhead: {
            name: string;
            address: string;
            telephone: string;
            email: string;
          };
          title: string;
          date: string;
          reference: string;
          about: [string, string][];
          to: string[];
          salutation: string;
          sections: {
            heading: string;
            paragraphs?: string[];
            rows?: [string, string][];
          }[];
          signature: string[];
          footer: string;
        };
      }[];
      previewDigest: string;
    };
    RequestInput: {
      /** Format: uuid */
      id: string;
      reference: string;
      /** @enum {string} */
      kind: 'advice_and_guidance' | 'referral';
      /** @enum {string} */
      urgency: 'routine' | 'urgent';
      /** @enum {string} */
      state:
        | 'draft'
        | 'submitted'
        | 'redirected'
        | 'not_accepted'
        | 'withdrawn'
        | 'awaiting_images'
        | 'ready_for_review'
        | 'in_review'
        | 'information_requested'
        | 'outcome_recorded'
        | 'closed'
        | 'returned';
      version: number;
      patient: {
        /** Format: uuid */
        id: string;
        nhsNumber: string;
        givenName: string;
        familyName: string;
        dateOfBirth: string;
        sex: string;
        postcode: string;
        registeredElsewhereAt: unknown | null;
      };
      practice: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      service: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      referrer: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      clinicalQuestion: string;
      history: {
        durationValue?: number;
        /** @enum {string} */
        durationUnit?: 'days' | 'weeks' | 'months' | 'years';
        changes?: string;
        itch?: boolean;
        bleeding?: boolean;
        pain?: boolean;
        otherSymptoms?: string;
        treatmentsTried?: string;
        treatmentEffect?: string;
        currentMedicines?: string;
        immunosuppressed?: boolean;
        transplant?: boolean;
        previousSkinCancer?: ('melanoma' | 'scc' | 'high_risk_bcc' | 'low_risk_bcc' | 'other')[];
        previousSkinCancerDetails?: string;
        underHospitalConsultant?: boolean;
        needsTertiaryCare?: boolean;
        suspectedCancer?: ('melanoma' | 'scc' | 'high_risk_bcc')[];
        relevantHistory?: string;
      };
      conversionAuthorised: boolean;
      photography: ('referrer' | 'clinic') | null;
      lesions: {
        /** Format: uuid */
        id: string;
        position: number;
        bodySite: string;
        bodySiteLabel: string;
        /** @enum {string} */
        laterality: 'left' | 'right' | 'midline' | 'bilateral' | 'not_applicable';
        description: string;
        sizeMm: number | null;
        obscuredByHair: boolean;
      }[];
      consent: {
        referralAndImageSharing: boolean;
        teachingUse: boolean;
        /** @enum {string} */
        method: 'verbal' | 'written' | 'patient_link';
        recordedByName: string | null;
        recordedAt: unknown;
        withdrawnAt: unknown | null;
        withdrawalReason: string | null;
      } | null;
      eligibility: {
        /** @enum {string} */
        decision: 'accepted' | 'redirect_urgent_cancer' | 'not_accepted';
        reasons: string[];
        firedRules: string[];
        ruleSetId: string | null;
        ruleSetName: string;
        ruleSetVersion: number;
      } | null;
      submittedAt: unknown | null;
      readyForReviewAt: unknown | null;
      dueAt: unknown | null;
      clockPaused: boolean;
      timeline: {
        at: unknown;
        /** @enum {string} */
        type: 'transition' | 'message' | 'letter';
        actor: string;
        title: string;
        text: string | null;
        kind: string;
      }[];
      outcomes: components['schemas']['OutcomeInput'][];
      letters: {
        /** Format: uuid */
        id: string;
        outcomeId: string | null;
        /** @enum {string} */
        kind: 'outcome' | 'appointment' | 'returned';
        /** @enum {string} */
        audience: 'referrer' | 'patient';
        bytes: number;
        createdAt: unknown;
        url: string;
      }[];
      earlierRequests: {
        /** Format: uuid */
        id: string;
        reference: string;
        kind: string;
        state: string;
        submittedAt: unknown | null;
        diagnosis: string | null;
      }[];
      heldBy: {
        /** Format: uuid */
        id: string;
        name: string;
        mine: boolean;
      } | null;
      /** @description The latest patient link and how far the patient got */
      patientLink: {
        /** @enum {string} */
        channel: 'sms' | 'email';
        sentAt: unknown;
        expiresAt: unknown;
        openedAt: unknown | null;
        verifiedAt: unknown | null;
        /** @enum {string} */
        status: 'sent' | 'opened' | 'completed' | 'expired' | 'revoked' | 'superseded' | 'locked';
      } | null;
      /** @description The patient's own answers, from their link */
      questionnaire: {
        answers: {
          durationValue?: number;
          /** @enum {string} */
          durationUnit?: 'days' | 'weeks' | 'months' | 'years';
          symptoms?: ('itch' | 'bleeding' | 'pain' | 'none')[];
          otherSymptoms?: string;
          changes?: string;
          treatmentsTried?: string;
          medicines?: string;
          allergies?: string;
          /** @enum {string} */
          previousSkinCancer?: 'yes' | 'no' | 'not_sure';
          previousSkinCancerDetails?: string;
        };
        completedAt: unknown | null;
        updatedAt: unknown;
      } | null;
      /** @description What you may do to it now */
      allowedActions: string[];
    };
    ServiceDashboardInput: {
      service: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      period: {
        from: string;
        to: string;
        months: string[];
      };
      filters: {
        pathway: ('advice_and_guidance' | 'referral') | null;
        practiceId: string | null;
        consultantId: string | null;
      };
      targets: {
        adviceAndGuidance: number;
        referral: number;
      };
      options: {
        practices: {
          /** Format: uuid */
          id: string;
          name: string;
        }[];
        consultants: {
          /** Format: uuid */
          id: string;
          name: string;
        }[];
      };
      months: {
        volume: {
          received: number;
          adviceAndGuidance: number;
          referral: number;
          routine: number;
          urgent: number;
          withPhotographs: number;
          withPhotographsPercent: number | null;
        };
        timeliness: {
          answered: number;
          withinTarget: number;
          withinTargetPercent: number | null;
          medianWorkingDays: number | null;
          p90WorkingDays: number | null;
        };
        outcomes: {
          categories: {
            [key: string]: number;
          };
          withoutFaceToFace: number;
          withoutFaceToFacePercent: number | null;
          adviceAnswered: number;
          adviceWithoutReferral: number;
          adviceWithoutReferralPercent: number | null;
          convertedToReferral: number;
          redirectedAtIntake: number;
          redirectedByConsultant: number;
          notAccepted: number;
        };
        quality: {
          photographs: number;
          withWarning: number;
          withWarningPercent: number | null;
          returnedForPhotographs: number;
          returnedForPhotographsPercent: number | null;
        };
        clinics: {
          slotsAvailable: number;
          slotsUsed: number;
          utilisationPercent: number | null;
          attended: number;
          didNotAttend: number;
          didNotAttendPercent: number | null;
          cancelledByPatient: number;
          cancelledByService: number;
          sessionsCancelled: number;
        };
        feedback: {
          responses: number;
          answers: {
            [key: string]: number;
          };
          positivePercent: number | null;
          negativePercent: number | null;
        };
        month: string;
      }[];
      total: {
        volume: {
          received: number;
          adviceAndGuidance: number;
          referral: number;
          routine: number;
          urgent: number;
          withPhotographs: number;
          withPhotographsPercent: number | null;
        };
        timeliness: {
          answered: number;
          withinTarget: number;
          withinTargetPercent: number | null;
          medianWorkingDays: number | null;
          p90WorkingDays: number | null;
        };
        outcomes: {
          categories: {
            [key: string]: number;
          };
          withoutFaceToFace: number;
          withoutFaceToFacePercent: number | null;
          adviceAnswered: number;
          adviceWithoutReferral: number;
          adviceWithoutReferralPercent: number | null;
          convertedToReferral: number;
          redirectedAtIntake: number;
          redirectedByConsultant: number;
          notAccepted: number;
        };
        quality: {
          photographs: number;
          withWarning: number;
          withWarningPercent: number | null;
          returnedForPhotographs: number;
          returnedForPhotographsPercent: number | null;
        };
        clinics: {
          slotsAvailable: number;
          slotsUsed: number;
          utilisationPercent: number | null;
          attended: number;
          didNotAttend: number;
          didNotAttendPercent: number | null;
          cancelledByPatient: number;
          cancelledByService: number;
          sessionsCancelled: number;
        };
        feedback: {
          responses: number;
          answers: {
            [key: string]: number;
          };
          positivePercent: number | null;
          negativePercent: number | null;
        };
      };
      notAccepted: {
        rule: string;
        label: string;
        months: number[];
        total: number;
      }[];
      openNow: {
        /** @enum {string} */
        pathway: 'advice_and_guidance' | 'referral' | 'all';
        withService: number;
        paused: number;
        open: number;
        pastTarget: number;
      }[];
      practices: {
        /** Format: uuid */
        id: string;
        name: string;
        received: number;
        notAccepted: number;
        redirectedAtIntake: number;
        answered: number;
        withinTargetPercent: number | null;
        medianWorkingDays: number | null;
      }[];
      consultants: {
        /** Format: uuid */
        id: string;
        name: string;
        answered: number;
        withinTarget: number;
        withinTargetPercent: number | null;
        medianWorkingDays: number | null;
        p90WorkingDays: number | null;
        withoutFaceToFacePercent: number | null;
        convertedToReferral: number;
      }[];
      tables: {
        /** @enum {string} */
        id:
          | 'volume'
          | 'timeliness'
          | 'open-now'
          | 'outcome-mix'
          | 'outcomes'
          | 'not-accepted'
          | 'quality'
          | 'clinics'
          | 'feedback'
          | 'practices'
          | 'consultants';
        caption: string;
        rowHeading: string;
        columns: {
          key: string;
          label: string;
          /** @enum {string} */
          unit: 'count' | 'percent' | 'days';
        }[];
        rows: {
          key: string;
          label: string;
          values: (number | null)[];
        }[];
      }[];
      generatedAt: unknown;
    };
    OrganisationInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'gp_practice' | 'dermatology_service' | 'community_clinic';
      name: string;
      odsCode: string;
      address: string;
      postcode: string;
      telephone: string;
      email: string;
    };
    PatientInput: {
      /** Format: uuid */
      id: string;
      /** @description 10 digits */
      nhsNumber: string;
      givenName: string;
      familyName: string;
      dateOfBirth: string;
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
      mobile: string | null;
      email: string | null;
      address: string;
      postcode: string;
      /**
       * Format: uuid
       * @description the practice whose record this is: each practice keeps its own
       */
      practiceId: string;
      /** @description when another practice last registered this person */
      registeredElsewhereAt: unknown | null;
    };
    ImageInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      lesionId: string;
      /** @enum {string} */
      view: 'regional' | 'close_up' | 'dermoscopic';
      /** @enum {string} */
      state: 'processing' | 'ready' | 'failed';
      width: number | null;
      height: number | null;
      capturedAt: unknown | null;
      capturedBy: string;
      device: string | null;
      filename: string;
      bytes: number;
      sha256: string;
      warnings: {
        code: string;
        message: string;
      }[];
      failure: string | null;
      urls: {
        thumbnail: string;
        viewing: string;
        eref: string;
      } | null;
      deepZoom: {
        width: number;
        height: number;
        tileSize: number;
        overlap: number;
        tilesUrl: string;
      } | null;
    };
    EscalatedCaseInput: {
      /** Format: uuid */
      requestId: string;
      reference: string;
      kind: string;
      state: string;
      /** @enum {string} */
      stage: 'due' | 'breached';
      /** @enum {string} */
      cause: 'waiting_for_consultant' | 'claimed' | 'information_requested';
      dueAt: unknown;
      escalatedAt: unknown;
      holderName: string | null;
    };
    UserInput: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      gmcNumber: string | null;
      professionalRegistration: string | null;
      disabled: boolean;
      lastSignedInAt: unknown | null;
      memberships: {
        /** Format: uuid */
        organisationId: string;
        organisationName: string;
        /** @enum {string} */
        kind: 'gp_practice' | 'dermatology_service' | 'community_clinic';
        roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      }[];
    };
    PendingInvitationInput: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      invitedByName: string;
      createdAt: unknown;
      expiresAt: unknown;
    };
    OpenedInvitationInput: {
      displayName: string;
      email: string;
      organisationName: string;
      invitedBy: string;
      roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      expiresAt: unknown;
      passwordMinLength: number;
    };
    ManagedOrganisationInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'gp_practice' | 'dermatology_service' | 'community_clinic';
      name: string;
      odsCode: string;
      address: string;
      postcode: string;
      telephone: string;
      email: string;
      serviceIds: string[];
      sites: {
        /** Format: uuid */
        id: string;
        name: string;
        postcode: string;
      }[];
      userCount: number;
    };
    StaffNotificationInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'question'
        | 'photographs_requested'
        | 'answer'
        | 'message'
        | 'not_accepted'
        | 'redirected'
        | 'returned'
        | 'outcome'
        | 'addendum'
        | 'escalation_due'
        | 'escalation_breached';
      /** Format: uuid */
      requestId: string;
      reference: string;
      text: string;
      href: string;
      createdAt: unknown;
      readAt: unknown | null;
    };
    UnreadNotificationsInput: {
      unread: number;
    };
    StaffNotificationsInput: {
      notifications: components['schemas']['StaffNotificationInput'][];
      unread: number;
    };
    SearchResultsInput: {
      /** @enum {string} */
      by: 'nhs_number' | 'reference' | 'name';
      patients: {
        /** Format: uuid */
        id: string;
        name: string;
        nhsNumber: string;
        dateOfBirth: string;
        practiceName: string;
        requests: {
          /** Format: uuid */
          id: string;
          reference: string;
          kind: string;
          state: string;
          updatedAt: unknown;
        }[];
      }[];
      more: boolean;
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      /** @description Stable machine-readable error code */
      code: string;
      instance?: string;
      errors?: {
        field: string;
        message: string;
      }[];
      correlationId?: string;
    };
    AuditEvent: {
      seq: number;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      at: string;
      actorUserId: string | null;
      actorOrganisationId: string | null;
      actorLabel: string;
      action: string;
      recordType: string | null;
      recordId: string | null;
      requestReference: string | null;
      patientId: string | null;
      clientAddress: string;
      /** @enum {string} */
      outcome: 'allowed' | 'denied';
      detail: {
        [key: string]: unknown;
      };
    };
    Session: {
      user: {
        /** Format: uuid */
        id: string;
        email: string;
        displayName: string;
        /** @description GMC number, for consultants */
        gmcNumber: string | null;
        /** @description Professional registration, for referrers */
        professionalRegistration: string | null;
      };
      memberships: {
        /** Format: uuid */
        organisationId: string;
        organisationName: string;
        /** @enum {string} */
        kind: 'gp_practice' | 'dermatology_service' | 'community_clinic';
        roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      }[];
      /** @description Every role held, in any organisation */
      roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      /** @description What the user can do, in words for the home page */
      capabilities: string[];
      /** @description Send as X-CSRF-Token on every state-changing request */
      csrfToken?: string;
    };
    RequestSummary: {
      /** Format: uuid */
      id: string;
      reference: string;
      /** @enum {string} */
      kind: 'advice_and_guidance' | 'referral';
      /** @enum {string} */
      urgency: 'routine' | 'urgent';
      /** @enum {string} */
      state:
        | 'draft'
        | 'submitted'
        | 'redirected'
        | 'not_accepted'
        | 'withdrawn'
        | 'awaiting_images'
        | 'ready_for_review'
        | 'in_review'
        | 'information_requested'
        | 'outcome_recorded'
        | 'closed'
        | 'returned';
      patient: {
        /** Format: uuid */
        id: string;
        name: string;
        nhsNumber: string;
        dateOfBirth: string;
      };
      practiceName: string;
      serviceName: string;
      dueAt: string | null;
      overdueWorkingDays: number | null;
      /** Format: date-time */
      updatedAt: string;
      lastActivity: string;
    };
    Outcome: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'outcome' | 'addendum';
      addendumTo: string | null;
      category:
        | (
            | 'discharge_with_advice'
            | 'gp_to_prescribe'
            | 'routine_face_to_face'
            | 'urgent_face_to_face'
            | 'biopsy_or_excision'
            | 'onward_referral'
            | 'redirect_urgent_cancer'
            | 'convert_to_referral'
            | 'recommend_referral'
          )
        | null;
      categoryLabel: string | null;
      diagnosisCode: string | null;
      diagnosisTerm: string | null;
      differentials: {
        code: string | null;
        term: string;
      }[];
      plan: string;
      medicines: {
        name: string;
        /** @default  */
        strength: string;
        /** @default  */
        form: string;
        directions: string;
        /** @default  */
        duration: string;
      }[];
      leaflets: {
        title: string;
        url: string;
      }[];
      onwardReferral: string | null;
      signedByName: string;
      gmcNumber: string;
      /** Format: date-time */
      signedAt: string;
    };
    LetterPreview: {
      letters: {
        /** @enum {string} */
        audience: 'referrer' | 'patient';
        content: {
          letterhead: {
            name: string;
            address: string;
            telephone: string;
            email: string;
          };
          title: string;
          date: string;
          reference: string;
          about: [string, string][];
          to: string[];
          salutation: string;
          sections: {
            heading: string;
            paragraphs?: string[];
            rows?: [string, string][];
          }[];
          signature: string[];
          footer: string;
        };
      }[];
      previewDigest: string;
    };
    Request: {
      /** Format: uuid */
      id: string;
      reference: string;
      /** @enum {string} */
      kind: 'advice_and_guidance' | 'referral';
      /** @enum {string} */
      urgency: 'routine' | 'urgent';
      /** @enum {string} */
      state:
        | 'draft'
        | 'submitted'
        | 'redirected'
        | 'not_accepted'
        | 'withdrawn'
        | 'awaiting_images'
        | 'ready_for_review'
        | 'in_review'
        | 'information_requested'
        | 'outcome_recorded'
        | 'closed'
        | 'returned';
      version: number;
      patient: {
        /** Format: uuid */
        id: string;
        nhsNumber: string;
        givenName: string;
        familyName: string;
        dateOfBirth: string;
        sex: string;
        postcode: string;
        registeredElsewhereAt: string | null;
      };
      practice: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      service: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      referrer: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      clinicalQuestion: string;
      history: {
        durationValue?: number;
        /** @enum {string} */
        durationUnit?: 'days' | 'weeks' | 'months' | 'years';
        changes?: string;
        itch?: boolean;
        bleeding?: boolean;
        pain?: boolean;
        otherSymptoms?: string;
        treatmentsTried?: string;
        treatmentEffect?: string;
        currentMedicines?: string;
        immunosuppressed?: boolean;
        transplant?: boolean;
        previousSkinCancer?: ('melanoma' | 'scc' | 'high_risk_bcc' | 'low_risk_bcc' | 'other')[];
        previousSkinCancerDetails?: string;
        underHospitalConsultant?: boolean;
        needsTertiaryCare?: boolean;
        suspectedCancer?: ('melanoma' | 'scc' | 'high_risk_bcc')[];
        relevantHistory?: string;
      };
      conversionAuthorised: boolean;
      photography: ('referrer' | 'clinic') | null;
      lesions: {
        /** Format: uuid */
        id: string;
        position: number;
        bodySite: string;
        bodySiteLabel: string;
        /** @enum {string} */
        laterality: 'left' | 'right' | 'midline' | 'bilateral' | 'not_applicable';
        description: string;
        sizeMm: number | null;
        obscuredByHair: boolean;
      }[];
      consent: {
        referralAndImageSharing: boolean;
        teachingUse: boolean;
        /** @enum {string} */
        method: 'verbal' | 'written' | 'patient_link';
        recordedByName: string | null;
        /** Format: date-time */
        recordedAt: string;
        withdrawnAt: string | null;
        withdrawalReason: string | null;
      } | null;
      eligibility: {
        /** @enum {string} */
        decision: 'accepted' | 'redirect_urgent_cancer' | 'not_accepted';
        reasons: string[];
        firedRules: string[];
        ruleSetId: string | null;
        ruleSetName: string;
        ruleSetVersion: number;
      } | null;
      submittedAt: string | null;
      readyForReviewAt: string | null;
      dueAt: string | null;
      clockPaused: boolean;
      timeline: {
        /** Format: date-time */
        at: string;
        /** @enum {string} */
        type: 'transition' | 'message' | 'letter';
        actor: string;
        title: string;
        text: string | null;
        kind: string;
      }[];
      outcomes: components['schemas']['Outcome'][];
      letters: {
        /** Format: uuid */
        id: string;
        outcomeId: string | null;
        /** @enum {string} */
        kind: 'outcome' | 'appointment' | 'returned';
        /** @enum {string} */
        audience: 'referrer' | 'patient';
        bytes: number;
        /** Format: date-time */
        createdAt: string;
        url: string;
      }[];
      earlierRequests: {
        /** Format: uuid */
        id: string;
        reference: string;
        kind: string;
        state: string;
        submittedAt: string | null;
        diagnosis: string | null;
      }[];
      heldBy: {
        /** Format: uuid */
        id: string;
        name: string;
        mine: boolean;
      } | null;
      /** @description The latest patient link and how far the patient got */
      patientLink: {
        /** @enum {string} */
        channel: 'sms' | 'email';
        /** Format: date-time */
        sentAt: string;
        /** Format: date-time */
        expiresAt: string;
        openedAt: string | null;
        verifiedAt: string | null;
        /** @enum {string} */
        status: 'sent' | 'opened' | 'completed' | 'expired' | 'revoked' | 'superseded' | 'locked';
      } | null;
      /** @description The patient's own answers, from their link */
      questionnaire: {
        answers: {
          durationValue?: number;
          /** @enum {string} */
          durationUnit?: 'days' | 'weeks' | 'months' | 'years';
          symptoms?: ('itch' | 'bleeding' | 'pain' | 'none')[];
          otherSymptoms?: string;
          changes?: string;
          treatmentsTried?: string;
          medicines?: string;
          allergies?: string;
          /** @enum {string} */
          previousSkinCancer?: 'yes' | 'no' | 'not_sure';
          previousSkinCancerDetails?: string;
        };
        completedAt: string | null;
        /** Format: date-time */
        updatedAt: string;
      } | null;
      /** @description What you may do to it now */
      allowedActions: string[];
    };
    ServiceDashboard: {
      service: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      period: {
        from: string;
        to: string;
        months: string[];
      };
      filters: {
        pathway: ('advice_and_guidance' | 'referral') | null;
        practiceId: string | null;
        consultantId: string | null;
      };
      targets: {
        adviceAndGuidance: number;
        referral: number;
      };
      options: {
        practices: {
          /** Format: uuid */
          id: string;
          name: string;
        }[];
        consultants: {
          /** Format: uuid */
          id: string;
          name: string;
        }[];
      };
      months: {
        volume: {
          received: number;
          adviceAndGuidance: number;
          referral: number;
          routine: number;
          urgent: number;
          withPhotographs: number;
          withPhotographsPercent: number | null;
        };
        timeliness: {
          answered: number;
          withinTarget: number;
          withinTargetPercent: number | null;
          medianWorkingDays: number | null;
          p90WorkingDays: number | null;
        };
        outcomes: {
          categories: {
            [key: string]: number;
          };
          withoutFaceToFace: number;
          withoutFaceToFacePercent: number | null;
          adviceAnswered: number;
          adviceWithoutReferral: number;
          adviceWithoutReferralPercent: number | null;
          convertedToReferral: number;
          redirectedAtIntake: number;
          redirectedByConsultant: number;
          notAccepted: number;
        };
        quality: {
          photographs: number;
          withWarning: number;
          withWarningPercent: number | null;
          returnedForPhotographs: number;
          returnedForPhotographsPercent: number | null;
        };
        clinics: {
          slotsAvailable: number;
          slotsUsed: number;
          utilisationPercent: number | null;
          attended: number;
          didNotAttend: number;
          didNotAttendPercent: number | null;
          cancelledByPatient: number;
          cancelledByService: number;
          sessionsCancelled: number;
        };
        feedback: {
          responses: number;
          answers: {
            [key: string]: number;
          };
          positivePercent: number | null;
          negativePercent: number | null;
        };
        month: string;
      }[];
      total: {
        volume: {
          received: number;
          adviceAndGuidance: number;
          referral: number;
          routine: number;
          urgent: number;
          withPhotographs: number;
          withPhotographsPercent: number | null;
        };
        timeliness: {
          answered: number;
          withinTarget: number;
          withinTargetPercent: number | null;
          medianWorkingDays: number | null;
          p90WorkingDays: number | null;
        };
        outcomes: {
          categories: {
            [key: string]: number;
          };
          withoutFaceToFace: number;
          withoutFaceToFacePercent: number | null;
          adviceAnswered: number;
          adviceWithoutReferral: number;
          adviceWithoutReferralPercent: number | null;
          convertedToReferral: number;
          redirectedAtIntake: number;
          redirectedByConsultant: number;
          notAccepted: number;
        };
        quality: {
          photographs: number;
          withWarning: number;
          withWarningPercent: number | null;
          returnedForPhotographs: number;
          returnedForPhotographsPercent: number | null;
        };
        clinics: {
          slotsAvailable: number;
          slotsUsed: number;
          utilisationPercent: number | null;
          attended: number;
          didNotAttend: number;
          didNotAttendPercent: number | null;
          cancelledByPatient: number;
          cancelledByService: number;
          sessionsCancelled: number;
        };
        feedback: {
          responses: number;
          answers: {
            [key: string]: number;
          };
          positivePercent: number | null;
          negativePercent: number | null;
        };
      };
      notAccepted: {
        rule: string;
        label: string;
        months: number[];
        total: number;
      }[];
      openNow: {
        /** @enum {string} */
        pathway: 'advice_and_guidance' | 'referral' | 'all';
        withService: number;
        paused: number;
        open: number;
        pastTarget: number;
      }[];
      practices: {
        /** Format: uuid */
        id: string;
        name: string;
        received: number;
        notAccepted: number;
        redirectedAtIntake: number;
        answered: number;
        withinTargetPercent: number | null;
        medianWorkingDays: number | null;
      }[];
      consultants: {
        /** Format: uuid */
        id: string;
        name: string;
        answered: number;
        withinTarget: number;
        withinTargetPercent: number | null;
        medianWorkingDays: number | null;
        p90WorkingDays: number | null;
        withoutFaceToFacePercent: number | null;
        convertedToReferral: number;
      }[];
      tables: {
        /** @enum {string} */
        id:
          | 'volume'
          | 'timeliness'
          | 'open-now'
          | 'outcome-mix'
          | 'outcomes'
          | 'not-accepted'
          | 'quality'
          | 'clinics'
          | 'feedback'
          | 'practices'
          | 'consultants';
        caption: string;
        rowHeading: string;
        columns: {
          key: string;
          label: string;
          /** @enum {string} */
          unit: 'count' | 'percent' | 'days';
        }[];
        rows: {
          key: string;
          label: string;
          values: (number | null)[];
        }[];
      }[];
      /** Format: date-time */
      generatedAt: string;
    };
    Organisation: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'gp_practice' | 'dermatology_service' | 'community_clinic';
      name: string;
      odsCode: string;
      address: string;
      postcode: string;
      telephone: string;
      email: string;
    };
    Patient: {
      /** Format: uuid */
      id: string;
      /** @description 10 digits */
      nhsNumber: string;
      givenName: string;
      familyName: string;
      dateOfBirth: string;
      /** @enum {string} */
      sex: 'female' | 'male' | 'other' | 'unknown';
      mobile: string | null;
      email: string | null;
      address: string;
      postcode: string;
      /**
       * Format: uuid
       * @description the practice whose record this is: each practice keeps its own
       */
      practiceId: string;
      /** @description when another practice last registered this person */
      registeredElsewhereAt: string | null;
    };
    Image: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      lesionId: string;
      /** @enum {string} */
      view: 'regional' | 'close_up' | 'dermoscopic';
      /** @enum {string} */
      state: 'processing' | 'ready' | 'failed';
      width: number | null;
      height: number | null;
      capturedAt: string | null;
      capturedBy: string;
      device: string | null;
      filename: string;
      bytes: number;
      sha256: string;
      warnings: {
        code: string;
        message: string;
      }[];
      failure: string | null;
      urls: {
        thumbnail: string;
        viewing: string;
        eref: string;
      } | null;
      deepZoom: {
        width: number;
        height: number;
        tileSize: number;
        overlap: number;
        tilesUrl: string;
      } | null;
    };
    EscalatedCase: {
      /** Format: uuid */
      requestId: string;
      reference: string;
      kind: string;
      state: string;
      /** @enum {string} */
      stage: 'due' | 'breached';
      /** @enum {string} */
      cause: 'waiting_for_consultant' | 'claimed' | 'information_requested';
      /** Format: date-time */
      dueAt: string;
      /** Format: date-time */
      escalatedAt: string;
      holderName: string | null;
    };
    User: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      gmcNumber: string | null;
      professionalRegistration: string | null;
      disabled: boolean;
      lastSignedInAt: string | null;
      memberships: {
        /** Format: uuid */
        organisationId: string;
        organisationName: string;
        /** @enum {string} */
        kind: 'gp_practice' | 'dermatology_service' | 'community_clinic';
        roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      }[];
    };
    PendingInvitation: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      invitedByName: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
    };
    OpenedInvitation: {
      displayName: string;
      email: string;
      organisationName: string;
      invitedBy: string;
      roles: ('referrer' | 'photographer' | 'consultant' | 'booking_clerk' | 'service_admin' | 'system_admin')[];
      /** Format: date-time */
      expiresAt: string;
      passwordMinLength: number;
    };
    ManagedOrganisation: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'gp_practice' | 'dermatology_service' | 'community_clinic';
      name: string;
      odsCode: string;
      address: string;
      postcode: string;
      telephone: string;
      email: string;
      serviceIds: string[];
      sites: {
        /** Format: uuid */
        id: string;
        name: string;
        postcode: string;
      }[];
      userCount: number;
    };
    StaffNotification: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'question'
        | 'photographs_requested'
        | 'answer'
        | 'message'
        | 'not_accepted'
        | 'redirected'
        | 'returned'
        | 'outcome'
        | 'addendum'
        | 'escalation_due'
        | 'escalation_breached';
      /** Format: uuid */
      requestId: string;
      reference: string;
      text: string;
      href: string;
      /** Format: date-time */
      createdAt: string;
      readAt: string | null;
    };
    UnreadNotifications: {
      unread: number;
    };
    StaffNotifications: {
      notifications: components['schemas']['StaffNotification'][];
      unread: number;
    };
    SearchResults: {
      /** @enum {string} */
      by: 'nhs_number' | 'reference' | 'name';
      patients: {
        /** Format: uuid */
        id: string;
        name: string;
        nhsNumber: string;
        dateOfBirth: string;
        practiceName: string;
        requests: {
          /** Format: uuid */
          id: string;
          reference: string;
          kind: string;
          state: string;
          /** Format: date-time */
          updatedAt: string;
        }[];
      }[];
      more: boolean;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
