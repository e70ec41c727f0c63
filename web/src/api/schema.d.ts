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
    get: operations['getAdminAccounts'];
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
    put: operations['putAdminAccountsByIdRolesByRole'];
    post?: never;
    /** Revoke a role (audited) */
    delete: operations['deleteAdminAccountsByIdRolesByRole'];
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
    put: operations['putAdminAccountsByIdStatus'];
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
    post: operations['postAdminApplicationsCloseSettled'];
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
    get: operations['getAdminOutbox'];
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
    get: operations['getAdminWorkflowSettings'];
    /** Change the review SLA, appeal period or public holidays */
    put: operations['putAdminWorkflowSettings'];
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
    get: operations['getApplications'];
    put?: never;
    /** Start an application (or continue the open draft) for a policy */
    post: operations['postApplications'];
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
    get: operations['getApplicationsById'];
    put?: never;
    post?: never;
    /** Delete a draft (a submitted application can only be withdrawn) */
    delete: operations['deleteApplicationsById'];
    options?: never;
    head?: never;
    /** Save the draft (answers, amount asked, bank account) */
    patch: operations['patchApplicationsById'];
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
    get: operations['getApplicationsByIdAllowanceSchedule'];
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
    post: operations['postApplicationsByIdAppeal'];
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
    post: operations['postApplicationsByIdEvidence'];
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
    get: operations['getApplicationsByIdEvidenceByFileId'];
    put?: never;
    post?: never;
    /** Remove an evidence file from a draft */
    delete: operations['deleteApplicationsByIdEvidenceByFileId'];
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
    post: operations['postApplicationsByIdSubmit'];
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
    post: operations['postApplicationsByIdWithdraw'];
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
    get: operations['getAudit'];
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
    get: operations['getAuditVerification'];
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
    post: operations['postAuthLogin'];
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
    post: operations['postAuthLogout'];
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
    post: operations['postAuthRegister'];
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
    get: operations['getBudgets'];
    put?: never;
    /** Create the budget line of a policy for a year */
    post: operations['postBudgets'];
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
    /**
     * A budget line, the first page of its ledger, and whether it reconciles
     * @description The ledger is paged (oldest first): `movements` holds at most `limit` movements; the next page is at `/budgets/{id}/movements?cursor=movementsNextCursor`. `reconciled` covers the whole ledger.
     */
    get: operations['getBudgetsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a budget line (never below what is committed) */
    patch: operations['patchBudgetsById'];
    trace?: never;
  };
  '/budgets/{id}/movements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of a budget line's ledger, oldest first */
    get: operations['getBudgetsByIdMovements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published challenges (發榜), newest first */
    get: operations['getChallenges'];
    put?: never;
    /**
     * Publish a challenge (發榜)
     * @description Budget ceiling in fen, at most 3,000,000,000 (¥30,000,000, A.P10); phases; the submission deadline (a China date, inclusive); the panel rubric.
     */
    post: operations['postChallenges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/consortia/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Consortia my organisations lead or were invited to */
    get: operations['getChallengesConsortiaMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/consortia/{consortiumId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One consortium (its members, the agency, the panel) */
    get: operations['getChallengesConsortiaByConsortiumId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/consortia/{consortiumId}/funding-application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open the lead's consortium.challenge application after a win (A.P10) */
    post: operations['postChallengesConsortiaByConsortiumIdFundingApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/consortia/{consortiumId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite an organisation (it joins only if it accepts) */
    post: operations['postChallengesConsortiaByConsortiumIdInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/consortia/{consortiumId}/members/{organisationId}/response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept or decline my organisation's invitation */
    post: operations['postChallengesConsortiaByConsortiumIdMembersByOrganisationIdResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/consortia/{consortiumId}/members/{organisationId}/startup-verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify that a member declaring itself the start-up is one */
    post: operations['postChallengesConsortiaByConsortiumIdMembersByOrganisationIdStartupVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/consortia/{consortiumId}/scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Score a submitted consortium with the published rubric
     * @description 403 challenge.conflict_of_interest for a panel member who belongs to one of its organisations or declared a conflict.
     */
    post: operations['postChallengesConsortiaByConsortiumIdScores'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/consortia/{consortiumId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit (揭榜) before the deadline
     * @description 409 challenge.deadline_passed after the deadline day (China time); 422 challenge.consortium_ineligible without an accepted university or research institute and an accepted start-up (A.P10).
     */
    post: operations['postChallengesConsortiaByConsortiumIdSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/milestones/{milestoneId}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept (驗收) a milestone, or not, with a reason */
    post: operations['postChallengesMilestonesByMilestoneIdAcceptance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/panel/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Challenges on whose panel I sit */
    get: operations['getChallengesPanelMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/reviewers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reviewer accounts the agency may put on a panel */
    get: operations['getChallengesReviewers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/{challengeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One challenge */
    get: operations['getChallengesByChallengeId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/{challengeId}/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare a conflict of interest with a consortium (then it cannot be scored) */
    post: operations['postChallengesByChallengeIdConflicts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/{challengeId}/consortia': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A challenge's consortia with scores (the agency: all; the panel: submitted) */
    get: operations['getChallengesByChallengeIdConsortia'];
    put?: never;
    /** Form a consortium led by my organisation */
    post: operations['postChallengesByChallengeIdConsortia'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/{challengeId}/panel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A challenge's panel */
    get: operations['getChallengesByChallengeIdPanel'];
    /** Assign the panel (reviewer accounts) */
    put: operations['putChallengesByChallengeIdPanel'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/challenges/{challengeId}/winner': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose the winner with reasons and its milestones */
    post: operations['postChallengesByChallengeIdWinner'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
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
    /**
     * Evaluate a situation: per policy eligible / ineligible / unknown, the missing facts, the benefit in fen, the trace and the clauses
     * @description The situation is a set of facts (their names and types: `GET /facts/schema`); a fact not given is unknown, and a policy that needs it answers `unknown` with the fact in `missingFacts` rather than guessing. Amounts are integer fen. `citations` are clause ids of the action plan and the Hetao notice. Nothing is stored. Public: no sign-in needed.
     */
    post: operations['postEvaluations'];
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
    /**
     * The single most useful next question: the missing fact whose answer settles the most undecided money
     * @description For a guided conversation: given what is known so far, the one question to ask next (`question`, null when nothing is left to ask), with the evaluation as it stands. Facts in `skip` are never asked again. Public: no sign-in needed.
     */
    post: operations['postEvaluationsNextQuestion'];
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
    get: operations['getFactsProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Save facts to my profile and my company’s (null removes a fact); audited */
    patch: operations['patchFactsProfile'];
    trace?: never;
  };
  '/facts/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The JSON Schema of a situation (the fact vocabulary), with each question
     * @description The names and types of every fact an evaluation reads, grouped by subject (person, company, importer, goods), each with the question that asks for it and help in three languages (`x-question`, `x-help`). Fact names are a published contract: they are added to, never renamed. Public: no sign-in needed.
     */
    get: operations['getFactsSchema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The two industry funds A.P11 names */
    get: operations['getFunds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funds/aggregate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The city's view: introductions per community by stage, and invested amounts
     * @description Counts and amounts only: no company, note or reason.
     */
    get: operations['getFundsAggregate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funds/introductions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for an introduction of a high-growth company in an OPC community to a fund
     * @description By a member of the company. Not high-growth, or no lease in an OPC community today: 422 naming A.P11. One open introduction per company and fund (409).
     */
    post: operations['postFundsIntroductions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funds/introductions/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The introductions of the caller's companies, with their stages and reasons */
    get: operations['getFundsIntroductionsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funds/introductions/{introductionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One introduction with its one-page profile (its fund’s staff, or the company)
     * @description Another fund's staff, or anyone else: 404.
     */
    get: operations['getFundsIntroductionsByIntroductionId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funds/introductions/{introductionId}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move an introduction a stage, with a reason private to the fund and the company
     * @description introduced → meeting → due-diligence → invested (with the amount, integer fen), or declined from any open stage; otherwise 409. Another fund's introduction: 404.
     */
    post: operations['postFundsIntroductionsByIntroductionIdStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funds/pipeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's fund's pipeline (its own fund only)
     * @description A fund-role account not assigned to a fund: 403.
     */
    get: operations['getFundsPipeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funds/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fund staff accounts and the fund each belongs to */
    get: operations['getFundsStaff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funds/staff/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Assign a fund-role account to one of the two funds
     * @description The account must hold the fund role (422).
     */
    put: operations['putFundsStaffByAccountId'];
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
    get: operations['getHetaoChangelog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/class-elections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Elect to pay the tax for a class of goods (B.N6): the class is barred from exemption for 36 months */
    post: operations['postHetaoClassElections'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/class-elections/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My organisation's elections to pay (B.N6) and until when each bars its class */
    get: operations['getHetaoClassElectionsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/customs/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every importer's declarations (customs) */
    get: operations['getHetaoCustomsDeclarations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/customs/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ledger across importers; filter by status, tax due or biosafety (customs) */
    get: operations['getHetaoCustomsLedger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/customs/ledger/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Excel export: declarations, the ledger, biosafety items or items with tax due */
    get: operations['getHetaoCustomsLedgerExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a first-line declaration (white-listed importer, B.N3): lines checked against the list (B.L1, B.N2, B.N6, B.R1), the taxes spared computed (B.N11), each line entered in the ledger (B.N4, B.N5) */
    post: operations['postHetaoDeclarations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/declarations/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import declarations from CSV or Excel (multipart "file", optional organisationId): one row per line, all or nothing, problems per row and column */
    post: operations['postHetaoDeclarationsImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/declarations/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My organisations' declarations with the taxes they spared */
    get: operations['getHetaoDeclarationsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/declarations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A declaration with its lines, rates and taxes (its importer, or customs) */
    get: operations['getHetaoDeclarationsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/ledger/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My organisations' ledger items: in supervision, held, released, written off, moved; with tax due */
    get: operations['getHetaoLedgerMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/ledger/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tax spared this year, counts, tax due and the to-do list of my organisation */
    get: operations['getHetaoLedgerSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/ledger/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A ledger item with its write-offs and moves (its importer, or customs) */
    get: operations['getHetaoLedgerById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/ledger/{id}/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move goods through the second line, to other use, or transfer them; records the tax now due (B.N7, B.N10, B.N12) */
    post: operations['postHetaoLedgerByIdMoves'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/ledger/{id}/write-offs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write off a quantity consumed in research, with the research use (B.N5) */
    post: operations['postHetaoLedgerByIdWriteOffs'];
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
    get: operations['getHetaoList'];
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
    get: operations['getHetaoListVersions'];
    put?: never;
    /** Start the next draft version (a copy of the published one, or empty) */
    post: operations['postHetaoListVersions'];
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
    post: operations['postHetaoListVersionsImport'];
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
    get: operations['getHetaoListVersionsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a draft version’s title, issuing document, effective date or source */
    patch: operations['patchHetaoListVersionsById'];
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
    get: operations['getHetaoListVersionsByIdDiff'];
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
    post: operations['postHetaoListVersionsByIdDiscard'];
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
    get: operations['getHetaoListVersionsByIdExportCsv'];
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
    post: operations['postHetaoListVersionsByIdItems'];
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
    delete: operations['deleteHetaoListVersionsByIdItemsByItemId'];
    options?: never;
    head?: never;
    /** Change an item of a draft version */
    patch: operations['patchHetaoListVersionsByIdItemsByItemId'];
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
    post: operations['postHetaoListVersionsByIdPublish'];
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
    /**
     * Look goods up against the tax-free research-goods list: candidate headings with reasons, list item, flags and an honest verdict (no sign-in)
     * @description Free text (Chinese in either script, or English) or an HS code; answers with the likely headings, why each was proposed, the list item that covers it, and a verdict that says when the list in use is a working list rather than the official one. Public and rate-limited.
     */
    get: operations['getHetaoLookup'];
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
    get: operations['getHetaoPrecedents'];
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
    get: operations['getHetaoPrecedentsById'];
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
    get: operations['getHetaoQuestions'];
    put?: never;
    /** Ask customs whether goods are covered (as a member of an importing organisation) */
    post: operations['postHetaoQuestions'];
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
    /** My questions to customs, newest first, with status, due date and answers */
    get: operations['getHetaoQuestionsMine'];
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
    get: operations['getHetaoQuestionsById'];
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
    post: operations['postHetaoQuestionsByIdAnswer'];
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
    post: operations['postHetaoQuestionsByIdAttachments'];
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
    get: operations['getHetaoQuestionsByIdAttachmentsByAttachmentId'];
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
    get: operations['getHetaoQuestionsByIdPrecedentPreview'];
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
    post: operations['postHetaoQuestionsByIdPublish'];
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
    post: operations['postHetaoQuestionsByIdRetract'];
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
    post: operations['postHetaoQuestionsByIdWithdraw'];
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
    get: operations['getHetaoRulings'];
    put?: never;
    /** Record an advance-ruling request (draft; warns when filing is already too late) */
    post: operations['postHetaoRulings'];
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
    get: operations['getHetaoRulingsMine'];
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
    get: operations['getHetaoRulingsPublished'];
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
    get: operations['getHetaoRulingsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a draft advance-ruling request */
    patch: operations['patchHetaoRulingsById'];
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
    post: operations['postHetaoRulingsByIdAccept'];
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
    post: operations['postHetaoRulingsByIdDecide'];
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
    post: operations['postHetaoRulingsByIdFile'];
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
    post: operations['postHetaoRulingsByIdPublish'];
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
    post: operations['postHetaoRulingsByIdRefuse'];
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
    post: operations['postHetaoRulingsByIdWithdraw'];
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
    get: operations['getHetaoSettings'];
    /** Change the answer time target or the holiday calendar (applies to new questions) */
    put: operations['putHetaoSettings'];
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
    post: operations['postHetaoSuggestionGroupsByIdDecline'];
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
    post: operations['postHetaoSuggestionGroupsByIdPull'];
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
    post: operations['postHetaoSuggestionGroupsByIdSupport'];
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
    get: operations['getHetaoSuggestions'];
    put?: never;
    /** Suggest goods to add to the list; joins the group for its 4-digit heading */
    post: operations['postHetaoSuggestions'];
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
    get: operations['getHetaoSuggestionsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/tariff/rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The duty, VAT and consumption-tax rates in force for an HS code (8 or 10 digits) on a day, with the version and source; 404 when none is published */
    get: operations['getHetaoTariffRates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/tariff/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every tariff version (draft, published, discarded), newest import first */
    get: operations['getHetaoTariffVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/tariff/versions/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a tariff file (CSV or Excel .xlsx: hs_code,description,duty_rate,vat_rate,consumption_rate; multipart field "file", plus title, sourceDocument, effectiveDate, notes) as a draft; all or nothing, row errors with line and column */
    post: operations['postHetaoTariffVersionsImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/tariff/versions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A tariff version with its first 500 rates */
    get: operations['getHetaoTariffVersionsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/tariff/versions/{id}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Discard a draft version */
    post: operations['postHetaoTariffVersionsByIdDiscard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/tariff/versions/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft version: its rates are in force from its effective date */
    post: operations['postHetaoTariffVersionsByIdPublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The importers’ white list (B.N3): name, entity type, listed since, valid until and status today */
    get: operations['getHetaoWhiteList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The white-list officer’s queue (default: submitted), oldest first; customs may read it */
    get: operations['getHetaoWhiteListApplications'];
    put?: never;
    /** Apply for the white list on behalf of an organisation you founded (B.N3, B.E1); one live application per organisation */
    post: operations['postHetaoWhiteListApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A white-list application (its organisation’s members, the officer, customs) */
    get: operations['getHetaoWhiteListApplicationsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/applications/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a document to a live application (multipart field "file"; PDF, PNG, JPEG, GIF or WebP; at most 10 MB) */
    post: operations['postHetaoWhiteListApplicationsByIdDocuments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/applications/{id}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an application’s document (its members, the officer, customs) */
    get: operations['getHetaoWhiteListApplicationsByIdDocumentsByDocumentId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/applications/{id}/information': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer the officer’s request for more information (and correct the application); back to the queue */
    post: operations['postHetaoWhiteListApplicationsByIdInformation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/applications/{id}/list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put the organisation on the white list from validFrom until validUntil (inclusive), with the filing reference if known (B.N3) */
    post: operations['postHetaoWhiteListApplicationsByIdList'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/applications/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse an application, with reasons */
    post: operations['postHetaoWhiteListApplicationsByIdRefuse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/applications/{id}/request-information': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the applicant for more information */
    post: operations['postHetaoWhiteListApplicationsByIdRequestInformation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/applications/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a live application (a founder of its organisation) */
    post: operations['postHetaoWhiteListApplicationsByIdWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every white-list entry with its filing reference, suspension or removal and reasons (officer, customs) */
    get: operations['getHetaoWhiteListEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/entries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A white-list entry (officer, customs) */
    get: operations['getHetaoWhiteListEntriesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Record the filing reference (B.N3) or change the last day of an entry in force */
    patch: operations['patchHetaoWhiteListEntriesById'];
    trace?: never;
  };
  '/hetao/white-list/entries/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift a suspension, with reasons */
    post: operations['postHetaoWhiteListEntriesByIdReinstate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/entries/{id}/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove an entry from the list from today, with reasons */
    post: operations['postHetaoWhiteListEntriesByIdRemove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/entries/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend a listed entry from today, with reasons */
    post: operations['postHetaoWhiteListEntriesByIdSuspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hetao/white-list/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My organisations’ white-list standing and applications */
    get: operations['getHetaoWhiteListMine'];
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
    get: operations['getInvitations'];
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
    post: operations['postInvitationsByIdAccept'];
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
    post: operations['postInvitationsByIdDecline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/found-for-me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Found for you: eligible and one-fact-away benefits of the companies I belong to, with amounts and the prefilled application */
    get: operations['getMatchingFoundForMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/import-targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a column can be mapped to: profile fields and the importable facts */
    get: operations['getMatchingImportTargets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The imports, newest version first */
    get: operations['getMatchingImports'];
    put?: never;
    /** Import companies (CSV or Excel .xlsx, multipart field "file", plus "mapping": a JSON object from column header to target); all or nothing, rejected rows with line and column */
    post: operations['postMatchingImports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/imports/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read a file without importing it: its columns, a suggested mapping, a few rows */
    post: operations['postMatchingImportsPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One import with its mapping and counts */
    get: operations['getMatchingImportsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My benefit-push preference */
    get: operations['getMatchingPreferences'];
    /** Turn benefit pushes on or off (off: none is sent, in the inbox or by e-mail) */
    put: operations['putMatchingPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/profiles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Matching profiles in id order, searched by name or credit code */
    get: operations['getMatchingProfiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/profiles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One profile: its facts with where each came from, and its results */
    get: operations['getMatchingProfilesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/pushes/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a digest now: one message (inbox and e-mail) per person for every unsent push candidate */
    post: operations['postMatchingPushesSend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest match runs with their progress */
    get: operations['getMatchingRuns'];
    put?: never;
    /** Match every profile against the catalogue (or some policies) now */
    post: operations['postMatchingRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/matching/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One match run: batches done of the total, profiles matched, results written (poll it) */
    get: operations['getMatchingRunsById'];
    put?: never;
    post?: never;
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
    get: operations['getMe'];
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
    post: operations['postMePassword'];
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
    patch: operations['patchMeProfile'];
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
    get: operations['getMeTokens'];
    put?: never;
    /** Create an API token, acting with the roles I hold now; the secret is returned once. From a signed-in browser session only: a token cannot mint tokens */
    post: operations['postMeTokens'];
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
    delete: operations['deleteMeTokensById'];
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
    get: operations['getNotifications'];
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
    post: operations['postNotificationsRead'];
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
    get: operations['getOrganisations'];
    put?: never;
    /** Register an organisation by its unified social credit code; I become its founder */
    post: operations['postOrganisations'];
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
    get: operations['getOrganisationsAll'];
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
    get: operations['getOrganisationsCreditCodeCheck'];
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
    get: operations['getOrganisationsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change name or address (founders, admins) */
    patch: operations['patchOrganisationsById'];
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
    delete: operations['deleteOrganisationsByIdInvitationsByInvitationId'];
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
    post: operations['postOrganisationsByIdMembers'];
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
    delete: operations['deleteOrganisationsByIdMembersByPersonId'];
    options?: never;
    head?: never;
    /** Change a member’s role (founders, admins) */
    patch: operations['patchOrganisationsByIdMembersByPersonId'];
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
    get: operations['getParameters'];
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
    post: operations['postParametersByIdValues'];
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
    /**
     * Payment batches with reconciled totals
     * @description Paged, newest first: at most `limit` batches; the next page is in the `Link: <…>; rel="next"` header (none on the last page).
     */
    get: operations['getPaymentsBatches'];
    put?: never;
    /** Build a batch from approved applications (all, or those listed) */
    post: operations['postPaymentsBatches'];
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
    /** A batch with its totals and the first page of its lines */
    get: operations['getPaymentsBatchesById'];
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
    get: operations['getPaymentsBatchesByIdExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payments/batches/{id}/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of a batch's lines, by line number */
    get: operations['getPaymentsBatchesByIdLines'];
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
    post: operations['postPaymentsBatchesByIdResult'];
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
    get: operations['getPaymentsInstalmentsDue'];
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
    /**
     * Approved applications waiting for payment
     * @description Paged, the longest waiting first: at most `limit` rows; the next page is in the `Link: <…>; rel="next"` header (none on the last page).
     */
    get: operations['getPaymentsPayable'];
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
    /**
     * The catalogue of benefits, with caps as they stand on the date
     * @description Every benefit of the catalogue with its clauses, audience and caps in force on `date` (today in Shenzhen when absent). A cap the source does not publish is null, never a guess. Public: no sign-in needed.
     */
    get: operations['getPolicies'];
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
    /**
     * One policy on a date: clauses quoted, criteria, benefit, documents, the facts it reads with their questions, parameters
     * @description Everything a reader needs to check the rule against the law: each clause quoted with its id, each criterion with the clause it encodes, the documents an application needs, and each parameter with its dated values and their sources (an unpublished one is null). Public: no sign-in needed.
     */
    get: operations['getPoliciesById'];
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
    get: operations['getReviewApplicationsById'];
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
    get: operations['getReviewApplicationsByIdAllowanceSchedule'];
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
    post: operations['postReviewApplicationsByIdAllowanceScheduleStop'];
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
    post: operations['postReviewApplicationsByIdAppealDecision'];
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
    post: operations['postReviewApplicationsByIdDecision'];
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
    post: operations['postReviewApplicationsByIdRecommendation'];
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
    post: operations['postReviewApplicationsByIdRecusal'];
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
    get: operations['getReviewApplicationsByIdReplay'];
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
    post: operations['postReviewApplicationsByIdRevoke'];
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
    post: operations['postReviewApplicationsByIdScore'];
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
    post: operations['postReviewAssignments'];
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
    get: operations['getReviewQueue'];
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
    get: operations['getReviewReviewers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published government scenarios (A.P6), newest first */
    get: operations['getScenarios'];
    put?: never;
    /**
     * Publish a scenario (a department officer)
     * @description Problem, domain, data and access, timeline, contact, in three languages, and the demonstration rubric (A.P7) as criteria without weights. Subscribers of the domain are told.
     */
    post: operations['postScenarios'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/proposals/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My companies' proposals */
    get: operations['getScenariosProposalsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/proposals/{proposalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One proposal (its company, or the officer) */
    get: operations['getScenariosProposalsByProposalId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/proposals/{proposalId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a file: the company's attachment, or the officer's evidence of use */
    post: operations['postScenariosProposalsByProposalIdAttachments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/proposals/{proposalId}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an attachment (its company, or the officer) */
    get: operations['getScenariosProposalsByProposalIdAttachmentsByAttachmentId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/proposals/{proposalId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Shortlist, decline or start a pilot, with a reason */
    post: operations['postScenariosProposalsByProposalIdDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/proposals/{proposalId}/demonstration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recognise (or not) a demonstration project (A.P7), criterion by criterion */
    post: operations['postScenariosProposalsByProposalIdDemonstration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/proposals/{proposalId}/funding-application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start the funding application this record unlocks, prefilled
     * @description scenario.gov-deployment (A.P6) from an in-use record, with the evidence of use attached as deployment-proof; scenario.demonstration (A.P7) from a recognised demonstration.
     */
    post: operations['postScenariosProposalsByProposalIdFundingApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/proposals/{proposalId}/in-use': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a piloted product in use (A.P6), with evidence attached first
     * @description Sets company.govScenarioProductInUse for the company from that day (a record fact).
     */
    post: operations['postScenariosProposalsByProposalIdInUse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The domains I am told about when a scenario is published */
    get: operations['getScenariosSubscriptions'];
    /** Set the domains I subscribe to */
    put: operations['putScenariosSubscriptions'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/{scenarioId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One scenario */
    get: operations['getScenariosByScenarioId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scenarios/{scenarioId}/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scenario's proposals (the officer) */
    get: operations['getScenariosByScenarioIdProposals'];
    put?: never;
    /**
     * Propose to a scenario for my company
     * @description Refused (409 scenario.proposals_closed) after the closing day, China time; one proposal per company and scenario.
     */
    post: operations['postScenariosByScenarioIdProposals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/applications/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My companies' space applications, with waiting-list places */
    get: operations['getSpacesApplicationsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/applications/{applicationId}/admit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Admit a company to the community */
    post: operations['postSpacesApplicationsByApplicationIdAdmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/applications/{applicationId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline an application, with the reason */
    post: operations['postSpacesApplicationsByApplicationIdDecline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/applications/{applicationId}/lease': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Allocate a unit to an admitted application: the lease
     * @description Refused with nothing written: a unit not on the team’s rung (A.S2) or an unpublished ladder (422); on the other-industrial route a unit over 50 m² (A.S3, 422); a lease overlapping another lease of the unit (409); a lease past the community’s closing date (422).
     */
    post: operations['postSpacesApplicationsByApplicationIdLease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/applications/{applicationId}/offer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The units free today on the application's rung of the ladder
     * @description On the opc-community route, units of the rung the team size gives (A.S2; none while the ladder is unpublished); on the other-industrial route, units of at most 50 m² (A.S3).
     */
    get: operations['getSpacesApplicationsByApplicationIdOffer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The register of OPC communities
     * @description First-batch communities (A.S0) first. `demo: true` marks demo data; a null area is unknown, never zero.
     */
    get: operations['getSpacesCommunities'];
    put?: never;
    /**
     * Register a community
     * @description A community below 10,000 m² needs `belowAreaReason` (A.S1: at least 10,000 m² "in principle"); without one, a 422 pointing at that field.
     */
    post: operations['postSpacesCommunities'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/operated': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The communities I run
     * @description A community operator's: those whose operator organisation they belong to; an administrator's: every community.
     */
    get: operations['getSpacesCommunitiesOperated'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One community with its ladder */
    get: operations['getSpacesCommunitiesByCommunityId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a community's details, status or dates
     * @description A status change is audited as such. A closing date before the end of an existing lease is refused.
     */
    patch: operations['patchSpacesCommunitiesByCommunityId'];
    trace?: never;
  };
  '/spaces/communities/{communityId}/application-prefill': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What an application may be prefilled with: the engine's space results
     * @description The rules engine’s `space.opc-community` (A.S2) and `space.other-industrial` (A.S3) results on the applicant’s fact profile for the company (status, the clauses, each criterion), its declared team size and the route to suggest. An indication for the form: the operator decides admission.
     */
    get: operations['getSpacesCommunitiesByCommunityIdApplicationPrefill'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The community's applications, with rungs and waiting-list places
     * @description Oldest first. Paged by keyset: at most `limit` rows (default 200); the next page is in the `Link: <…>; rel="next"` header (none on the last page).
     */
    get: operations['getSpacesCommunitiesByCommunityIdApplications'];
    put?: never;
    /**
     * Apply for space in a community for my company
     * @description Route `opc-community`: space by team size (A.S2); `other-industrial`: at most 50 m² in other industrial space (A.S3).
     */
    post: operations['postSpacesCommunitiesByCommunityIdApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}/ladder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Publish the community's ladder thresholds (team size per rung)
     * @description A.S2 allocates a desk, an office or a floor by team size but gives no sizes: they are the operator’s parameters. Null leaves a threshold unpublished.
     */
    put: operations['putSpacesCommunitiesByCommunityIdLadder'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}/leases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The community's leases
     * @description By start date. Paged by keyset: at most `limit` rows (default 200); the next page is in the `Link: <…>; rel="next"` header (none on the last page).
     */
    get: operations['getSpacesCommunitiesByCommunityIdLeases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}/move-up-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The community's move-up requests, open ones first */
    get: operations['getSpacesCommunitiesByCommunityIdMoveUpRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}/reports/occupancy/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Occupancy today as Excel or CSV: each unit, its occupant, lease and rents
     * @description Money in yuan, in the request’s language.
     */
    get: operations['getSpacesCommunitiesByCommunityIdReportsOccupancyExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}/reports/rent-subsidy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rent-subsidy report: per month, market reference against low-cost rents
     * @description Per month: the units a lease covers, the sum of their market reference rents and of their low-cost rents in force (on the month’s first day, or the lease’s first day if later), and the difference — the subsidy the low cost implies (A.S2). Each unit’s dated rents with their sources; a unit missing either rent is counted in `unitsWithoutRents` and left out of the sums. Money in fen. At most 36 months.
     */
    get: operations['getSpacesCommunitiesByCommunityIdReportsRentSubsidy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}/reports/rent-subsidy/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rent-subsidy report as Excel (summary and details) or CSV (summary)
     * @description Money in yuan, in the request’s language.
     */
    get: operations['getSpacesCommunitiesByCommunityIdReportsRentSubsidyExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}/residents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The companies resident in the community today, with their newest records
     * @description For its operator or an administrator. Paged by keyset, by organisation id: at most `limit` rows (default 200); the next page is in the `Link: <…>; rel="next"` header (none on the last page).
     */
    get: operations['getSpacesCommunitiesByCommunityIdResidents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/communities/{communityId}/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A community's desks, offices and floors, with rents in force and occupancy today */
    get: operations['getSpacesCommunitiesByCommunityIdUnits'];
    put?: never;
    /** Add a desk, office or floor */
    post: operations['postSpacesCommunitiesByCommunityIdUnits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shenzhen's districts, with their codes and names in three scripts */
    get: operations['getSpacesDistricts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/leases/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My companies' leases */
    get: operations['getSpacesLeasesMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/leases/{leaseId}/move-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a move-out: the lease ends that day */
    post: operations['postSpacesLeasesByLeaseIdMoveOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/leases/{leaseId}/move-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a resident up the ladder: a unit of a higher rung, the old lease ends
     * @description A.S2: the resident’s declared team size (its newest resident record) must fit a rung above the unit it holds, and the unit must be of that rung. In one transaction the new lease starts on `startsOn` and the old one ends the day before; an open move-up request of the lease is closed. Refused with nothing written: no declaration, an unpublished rung, a team that does not fit a higher rung, a unit of another rung (422); an overlapping lease (409).
     */
    post: operations['postSpacesLeasesByLeaseIdMoveUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/leases/{leaseId}/move-up-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask to move up the ladder (a company member), or offer it (the operator)
     * @description A.S2: the resident’s declared team size must fit a rung above the unit it holds (422 otherwise, or while that rung is unpublished, or with no declaration). One open request per lease (409).
     */
    post: operations['postSpacesLeasesByLeaseIdMoveUpRequests'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/leases/{leaseId}/renew': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew a lease: its end moves later, at the same terms or at new terms
     * @description With `newTerms: true` the rent and subsidy from the renewal’s first day come from the unit’s dated rents in force that day (none recorded: 422); the earlier terms stay in `terms`. Refused with nothing written when the new end overlaps another lease of the unit (409) or runs past the community’s closing date (422).
     */
    post: operations['postSpacesLeasesByLeaseIdRenew'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/move-up-requests/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My companies' move-up requests */
    get: operations['getSpacesMoveUpRequestsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/move-up-requests/{requestId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline a move-up request, with the reason */
    post: operations['postSpacesMoveUpRequestsByRequestIdDecline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/residents/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A resident company's team record and high-growth mark, with their history
     * @description Its members, the operator of a community where it leases, and administrators may read it.
     */
    get: operations['getSpacesResidentsByOrganisationId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/residents/{organisationId}/high-growth-marks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a resident company high-growth, or no longer (A.T2), with evidence
     * @description By the operator of a community where it leases or an administrator, under the definition of high growth in force; none published: 422.
     */
    post: operations['postSpacesResidentsByOrganisationIdHighGrowthMarks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/residents/{organisationId}/records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Declare a resident company's team and its AI talents (A.T3)
     * @description By a member of the company, the operator of a community where it leases, or an administrator; kept with who set it and when. AI founders and staff together may not exceed the team (422).
     */
    post: operations['postSpacesResidentsByOrganisationIdRecords'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/spaces/units/{unitId}': {
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
    /** Change a unit's label, area, seats or availability */
    patch: operations['patchSpacesUnitsByUnitId'];
    trace?: never;
  };
  '/spaces/units/{unitId}/rents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a unit's market reference or low-cost monthly rent from a date */
    post: operations['postSpacesUnitsByUnitIdRents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/talent/certificates/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a recognition certificate by its code (public)
     * @description Name, kinds of achievement and validity; never the evidence or grounds.
     */
    get: operations['getTalentCertificatesByCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/talent/distribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** People holding a valid recognition today, by kind of achievement */
    get: operations['getTalentDistribution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/talent/rubric': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published rubric of talent recognition (A.P1); no degree criterion */
    get: operations['getTalentRubric'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/talent/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The panel's queue (the latest 200), each flagged where the reader is conflicted */
    get: operations['getTalentSubmissions'];
    put?: never;
    /**
     * Submit achievements for recognition (open source, applications, competitions)
     * @description Each achievement with at least one evidence link (400 at the field otherwise). No degree field: unlisted fields are refused. One open submission at a time (409); a valid recognition already held: 409.
     */
    post: operations['postTalentSubmissions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/talent/submissions/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in person's submissions, newest first */
    get: operations['getTalentSubmissionsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/talent/submissions/{submissionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One submission (its applicant, or a panel member) */
    get: operations['getTalentSubmissionsBySubmissionId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/talent/submissions/{submissionId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide: recognise (with grounds and the achievements it rests on) or refuse
     * @description After at least one panel review (422). A recognition without evidence is refused (422 talent.no_evidence). Conflicted panel members: 403. Produces the certificate code.
     */
    post: operations['postTalentSubmissionsBySubmissionIdDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/talent/submissions/{submissionId}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a panel review: a judgement with reasons for each published criterion
     * @description Refused (403) for the applicant themself or a colleague sharing an organisation with them; one review per panel member (409).
     */
    post: operations['postTalentSubmissionsBySubmissionIdReviews'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/talent/validity-periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The validity period of recognitions in force, and its history
     * @description None in force: recognitions are recorded with no end (A.P1 gives no term).
     */
    get: operations['getTalentValidityPeriods'];
    put?: never;
    /** Set the validity period (months) of recognitions decided from a date on */
    post: operations['postTalentValidityPeriods'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The city's 2027 OPC targets (A.T1–A.T4), computed from the records
     * @description For each target: the clause quoted, the figure on the day, the monthly history of snapshots and a linear projection to 2027-12-31. A.T2 is null ("definition unpublished") until an administrator publishes a definition of high growth; communities without a recorded area and demo data are not counted (see `coverage`).
     */
    get: operations['getTargets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/targets/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The targets as CSV or Excel */
    get: operations['getTargetsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/targets/high-growth-definitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The published definitions of a high-growth AI start-up (A.T2), newest first
     * @description The source does not define high growth: these are administrators’ definitions, each with its source text.
     */
    get: operations['getTargetsHighGrowthDefinitions'];
    put?: never;
    /**
     * Publish a dated definition of a high-growth AI start-up (A.T2)
     * @description With the text it comes from. One per effective date (409). Until the first takes effect the A.T2 figure is "definition unpublished".
     */
    post: operations['postTargetsHighGrowthDefinitions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/targets/snapshots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a snapshot of the targets' figures today
     * @description Replaces a snapshot taken earlier the same day. The server also takes one each month by itself. Always today: the records keep no history of a community's status or area, so a snapshot of a past day would be today's figures under an old date.
     */
    post: operations['postTargetsSnapshots'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/companies/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A company's vouchers: balances per kind, grants, contracts, movements */
    get: operations['getVouchersCompaniesByOrganisationId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/contracts/{contractId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The company confirms a contract (and that the provider is not a related party) */
    post: operations['postVouchersContractsByContractIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/contracts/{contractId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The company declines a contract, with a reason */
    post: operations['postVouchersContractsByContractIdDecline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Issued, held, captured, settled and paid per kind and month, and the ledger check */
    get: operations['getVouchersOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/pools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The budget pools (kind × year) and what is left in each */
    get: operations['getVouchersPools'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/pools/{kind}/{year}/funding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put money into a kind's pool for a year */
    post: operations['postVouchersPoolsByKindByYearFunding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The registered providers a company can use (A.V1) */
    get: operations['getVouchersProviders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The providers the caller works for
     * @description Use the `id` of one of them as `providerId` in the other provider calls.
     */
    get: operations['getVouchersProvidersMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers/{providerId}/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the provider's contracts, newest first */
    get: operations['getVouchersProvidersByProviderIdContracts'];
    put?: never;
    /**
     * Register a purchase contract for a company's voucher
     * @description The company must then confirm it in OPC Hub before anything can be held. Refused: a related party (declared, or sharing a founder or member on record), a provider not registered for the kind, an unknown company, a contract number this provider already used (A.V1: one contract is subsidised once).
     */
    post: operations['postVouchersProvidersByProviderIdContracts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers/{providerId}/contracts/{contractId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contract with its ledger movements */
    get: operations['getVouchersProvidersByProviderIdContractsByContractId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers/{providerId}/contracts/{contractId}/capture': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Capture a hold on delivery (invoice and proof of delivery)
     * @description Captures up to the amount held (default: all of it); the rest is released to the company. A hold is captured once.
     */
    post: operations['postVouchersProvidersByProviderIdContractsByContractIdCapture'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers/{providerId}/contracts/{contractId}/hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hold the subsidy of a confirmed contract
     * @description Holds the kind's share of the contract (A.V1: compute 50 %, 60 % for a start-up; model and corpus 30 %), capped by what remains of the company's unexpired grants.
     */
    post: operations['postVouchersProvidersByProviderIdContractsByContractIdHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers/{providerId}/contracts/{contractId}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refund a captured contract, partly or fully, before settlement */
    post: operations['postVouchersProvidersByProviderIdContractsByContractIdRefunds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers/{providerId}/contracts/{contractId}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void a hold (all of it goes back to the company) */
    post: operations['postVouchersProvidersByProviderIdContractsByContractIdVoid'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers/{providerId}/statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider's settlement statements, newest first */
    get: operations['getVouchersProvidersByProviderIdStatements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/providers/{providerId}/statements/{statementId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A statement as CSV or Excel */
    get: operations['getVouchersProvidersByProviderIdStatementsByStatementIdExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider register, with bank details */
    get: operations['getVouchersRegister'];
    put?: never;
    /** Register an organisation on the platform as a voucher provider */
    post: operations['postVouchersRegister'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/register/{providerId}': {
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
    /** Change a provider's kinds, status, contact or bank details */
    patch: operations['patchVouchersRegisterByProviderId'];
    trace?: never;
  };
  '/vouchers/statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Statements, newest first */
    get: operations['getVouchersStatements'];
    put?: never;
    /** Issue providers' statements for a period that is over */
    post: operations['postVouchersStatements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/statements/{statementId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A statement with its movements, reconciled to the fen */
    get: operations['getVouchersStatementsByStatementId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vouchers/statements/{statementId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A statement as CSV or Excel */
    get: operations['getVouchersStatementsByStatementIdExport'];
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
    BudgetMovement: {
      amountFen: number;
      /** Format: uuid */
      applicationId: string;
      applicationReference: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'reserve' | 'consume' | 'release';
      occurredAt: string;
    };
    Challenge: {
      acceptingSubmissions: boolean;
      budgetCeilingFen: number;
      clauses: string[];
      criteria: {
        id: string;
        label: components['schemas']['LocalisedText'];
        maxScore: number;
      }[];
      demo: boolean;
      department: components['schemas']['LocalisedText'];
      goals: components['schemas']['LocalisedText'];
      /** Format: uuid */
      id: string;
      phases: {
        endsOn: string;
        name: components['schemas']['LocalisedText'];
      }[];
      publishedAt: string;
      /** @enum {string} */
      status: 'open' | 'awarded';
      submissionDeadlineOn: string;
      title: components['schemas']['LocalisedText'];
      winnerConsortiumId: string | null;
      winnerReason: string | null;
    };
    ChallengeConsortium: {
      /** Format: uuid */
      challengeId: string;
      challengeTitle: components['schemas']['LocalisedText'];
      demo: boolean;
      eligibility: {
        eligible: boolean;
        hasResearchPartner: boolean;
        hasStartup: boolean;
        hasVerifiedStartup: boolean;
      };
      fundingApplicationId: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      leadOrganisationId: string;
      members: components['schemas']['ConsortiumMember'][];
      milestones: components['schemas']['ChallengeMilestone'][];
      proposal: string;
      /** @description Shown to the agency and the panel only */
      scores:
        | {
            comment: string;
            /** Format: uuid */
            reviewerAccountId: string;
            scores: {
              [key: string]: number;
            };
            total: number;
          }[]
        | null;
      /** @enum {string} */
      status: 'forming' | 'submitted' | 'won' | 'not_selected';
      submittedAt: string | null;
    };
    ChallengeMilestone: {
      decidedAt: string | null;
      decisionReason: string | null;
      dueOn: string;
      /** Format: uuid */
      id: string;
      sequence: number;
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'not_accepted';
      title: string;
    };
    ChallengePanel: {
      /** Format: uuid */
      accountId: string;
      displayName: string;
      email: string;
    }[];
    Clause: {
      id: string;
      original: string;
      secondary: boolean;
      source: components['schemas']['LocalisedText'];
      text: components['schemas']['LocalisedText'];
    };
    CommunityResident: {
      /** @description The newest mark */
      highGrowth: components['schemas']['HighGrowthMark'] | null;
      name: string;
      /** Format: uuid */
      organisationId: string;
      /** @description The newest team declaration */
      record: components['schemas']['ResidentRecord'] | null;
    };
    ConsortiumMember: {
      /** Format: uuid */
      organisationId: string;
      organisationKind: string;
      organisationName: string;
      roles: ('lead' | 'research-partner' | 'start-up' | 'other')[];
      startupVerified: boolean;
      /** @enum {string} */
      status: 'invited' | 'accepted' | 'declined';
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
      recorded: components['schemas']['RecordedFact'][];
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
    Fund: {
      /** @constant */
      clause: 'A.P11';
      code: components['schemas']['FundCode'];
      names: components['schemas']['LocalisedText'];
    };
    FundAggregate: {
      communities: {
        byStage: {
          [key: string]: number;
        };
        /** Format: uuid */
        communityId: string;
        introductions: number;
        investedAmountFen: number;
        names: components['schemas']['LocalisedText'] | null;
      }[];
      totals: {
        introductions: number;
        invested: number;
        investedAmountFen: number;
      };
    };
    /** @enum {string} */
    FundCode: 'ai-embodied-robotics' | 'ai-terminal';
    /** @enum {string} */
    FundCodeInput: 'ai-embodied-robotics' | 'ai-terminal';
    FundCompanyProfile: {
      /** @description Null: not available from the applications module yet */
      benefitsWon:
        | {
            approvedAt: string | null;
            policyId: string;
          }[]
        | null;
      /** @description Null: not available from the scenarios module yet */
      challengeResults:
        | {
            challengeId: string;
            outcome: string;
          }[]
        | null;
      community: {
        /** Format: uuid */
        id: string;
        names: components['schemas']['LocalisedText'];
      } | null;
      creditCode: string;
      generatedAt: string;
      highGrowth: {
        evidence: string;
        markedAt: string;
      } | null;
      name: string;
      /** @description Members holding a valid talent recognition (A.P1) */
      recognisedTalents: number;
      team: {
        aiTalents: number;
        teamSize: number;
      } | null;
    };
    FundIntroduction: {
      /** Format: uuid */
      communityId: string;
      createdAt: string;
      events: components['schemas']['FundIntroductionEvent'][];
      fund: components['schemas']['FundCode'];
      fundNames: components['schemas']['LocalisedText'];
      /** Format: uuid */
      id: string;
      investedAmountFen: number | null;
      note: string | null;
      /** Format: uuid */
      organisationId: string;
      profile: components['schemas']['FundCompanyProfile'];
      stage: components['schemas']['FundStage'];
      updatedAt: string;
    };
    FundIntroductionEvent: {
      at: string;
      fromStage: components['schemas']['FundStage'] | null;
      reason: string | null;
      toStage: components['schemas']['FundStage'];
    };
    FundStaff: {
      /** Format: uuid */
      accountId: string;
      assignedAt: string;
      displayName: string;
      email: string;
      fund: components['schemas']['FundCode'];
    };
    /** @enum {string} */
    FundStage: 'introduced' | 'meeting' | 'due-diligence' | 'invested' | 'declined';
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
    HetaoClassElection: {
      barredToday: boolean;
      /**
       * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
       * @example 2026-03-01
       */
      barredUntil: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
       * @example 2026-03-01
       */
      electedOn: string;
      goodsClass: components['schemas']['HetaoGoodsClass'];
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      reason: string | null;
    };
    HetaoDeclaration: {
      consumptionTaxFen: number;
      /** Format: date-time */
      createdAt: string;
      declarationNumber: string;
      /**
       * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
       * @example 2026-03-01
       */
      declaredOn: string;
      dutyFen: number;
      /** Format: uuid */
      id: string;
      lines: components['schemas']['HetaoDeclarationLine'][];
      /** Format: uuid */
      listVersionId: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /**
       * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
       * @example 2026-03-01
       */
      releasedOn: string;
      rounding: string;
      /** @enum {string} */
      source: 'form' | 'csv' | 'xlsx';
      totalFen: number;
      vatFen: number;
      /** Format: uuid */
      whiteListEntryId: string;
    };
    HetaoDeclarationImport: {
      declarations: components['schemas']['HetaoDeclarationSummary'][];
    };
    HetaoDeclarationLine: {
      biosafety: boolean;
      biosafetySource: ('declared' | 'lookup') | null;
      category: components['schemas']['HetaoCategory'];
      consumptionRate: string | null;
      consumptionTaxFen: number;
      currency: string | null;
      description: string;
      dutyFen: number;
      dutyRate: string;
      exchangeRate: string | null;
      foreignAmount: string | null;
      hsCode: string;
      /** Format: uuid */
      id: string;
      ledgerItemId: string | null;
      lineNumber: number;
      listItemId: string;
      partUse: components['schemas']['HetaoPartUse'] | null;
      permitReference: string | null;
      quantity: number;
      /** @enum {string} */
      ratesSource: 'input' | 'tariff';
      regime: components['schemas']['HetaoRegime'];
      /** @enum {string} */
      regimeSource: 'category' | 'importer-choice';
      supervisionClass: components['schemas']['HetaoSupervisionClass'];
      tariffRates: {
        [key: string]: unknown;
      } | null;
      totalFen: number;
      unit: string;
      valueFen: number;
      vatFen: number;
      vatRate: string;
    };
    HetaoDeclarationSummary: {
      consumptionTaxFen: number;
      /** Format: date-time */
      createdAt: string;
      declarationNumber: string;
      /**
       * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
       * @example 2026-03-01
       */
      declaredOn: string;
      dutyFen: number;
      /** Format: uuid */
      id: string;
      lineCount: number;
      /** Format: uuid */
      listVersionId: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /**
       * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
       * @example 2026-03-01
       */
      releasedOn: string;
      rounding: string;
      /** @enum {string} */
      source: 'form' | 'csv' | 'xlsx';
      totalFen: number;
      vatFen: number;
      /** Format: uuid */
      whiteListEntryId: string;
    };
    HetaoDeskSettings: {
      answerSlaWorkingDays: number;
      extraWorkingDays: string[];
      holidays: string[];
      note: components['schemas']['LocalisedText'];
    };
    /** @enum {string} */
    HetaoGoodsClass:
      'equipment-parts' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals';
    /** @enum {string} */
    HetaoGoodsClassInput:
      'equipment-parts' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals';
    HetaoImportResult: {
      diff: components['schemas']['HetaoListDiff'] | null;
      /** @enum {string} */
      fileKind: 'csv' | 'xlsx';
      itemCount: number;
      version: components['schemas']['HetaoListVersion'];
    };
    HetaoLedgerItem: {
      biosafety: boolean;
      category: components['schemas']['HetaoCategory'];
      /** Format: uuid */
      declarationId: string;
      declarationNumber: string;
      description: string;
      dueFen: number;
      hsCode: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      lineId: string;
      listItemId: string;
      movements: components['schemas']['HetaoLedgerMovement'][];
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      permitReference: string | null;
      quantityDeclared: number;
      quantityHeld: number;
      quantityMoved: number;
      quantityWrittenOff: number;
      regime: components['schemas']['HetaoRegime'];
      /**
       * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
       * @example 2026-03-01
       */
      releasedOn: string;
      status: components['schemas']['HetaoLedgerStatus'];
      supervisionEndsOn: string | null;
      supervisionSource: {
        [key: string]: unknown;
      } | null;
      supervisionYears: number | null;
      taxSparedFen: number;
      unit: string;
      valueFen: number;
    };
    HetaoLedgerMovement: {
      consumptionTaxFen: number | null;
      /** Format: date-time */
      createdAt: string;
      dueFen: number | null;
      dutyFen: number | null;
      explanation: components['schemas']['LocalisedText'] | null;
      /** Format: uuid */
      id: string;
      kind: components['schemas']['HetaoLedgerMovementKind'];
      monthsServed: number | null;
      /**
       * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
       * @example 2026-03-01
       */
      occurredOn: string;
      quantity: number;
      reason: string | null;
      recipient: string | null;
      researchUse: string | null;
      taxableValueFen: number | null;
      vatFen: number | null;
    };
    /** @enum {string} */
    HetaoLedgerMovementKind:
      'write-off' | 'second-line' | 'other-use' | 'transfer' | 'forced-transfer';
    /** @enum {string} */
    HetaoLedgerStatus: 'in-supervision' | 'held' | 'released' | 'written-off' | 'moved';
    /** @enum {string} */
    HetaoLedgerStatusInput: 'in-supervision' | 'held' | 'released' | 'written-off' | 'moved';
    HetaoLedgerSummary: {
      counts: {
        due: number;
        held: number;
        'in-supervision': number;
        moved: number;
        released: number;
        'written-off': number;
      };
      dueFen: number;
      /** Format: uuid */
      organisationId: string;
      supervisionWindowDays: number;
      taxSparedThisYearFen: number;
      todo: {
        amountFen: number | null;
        date: string | null;
        description: string;
        /** Format: uuid */
        itemId: string;
        /** @enum {string} */
        kind: 'write-off-pending' | 'supervision-ending' | 'biosafety-permit' | 'tax-due';
        permitReference: string | null;
      }[];
      year: number;
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
    /** @enum {string} */
    HetaoPartUse: 'not-a-part' | 'equipment-repair' | 'consumed-in-research';
    /** @enum {string} */
    HetaoPartUseInput: 'not-a-part' | 'equipment-repair' | 'consumed-in-research';
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
    HetaoPublicWhiteListEntry: {
      /** @description B.E1: an enterprise registered in the supervised area with independent legal personality; a public institution doing research in the area; a science and technology private non-enterprise unit registered in the area */
      entityType: components['schemas']['HetaoWhiteListEntityType'];
      listedSince: string;
      name: string;
      /** @description listed (in force today), suspended, removed, expired (past valid until), not_yet (valid from a later day), superseded (an expired entry replaced by a new listing) */
      status: components['schemas']['HetaoWhiteListEntryStatus'];
      validUntil: string | null;
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
    /** @enum {string} */
    HetaoSuggestionGroupStatus: 'open' | 'pulled' | 'included' | 'declined';
    /** @enum {string} */
    HetaoSuggestionGroupStatusInput: 'open' | 'pulled' | 'included' | 'declined';
    /** @enum {string} */
    HetaoSupervisionClass: 'other-goods' | 'motor-vehicles' | 'ships-aircraft';
    /** @enum {string} */
    HetaoSupervisionClassInput: 'other-goods' | 'motor-vehicles' | 'ships-aircraft';
    HetaoTariffRatesInForce: {
      consumptionRate: string | null;
      description: string | null;
      dutyRate: string;
      /** @description The code asked for */
      hsCode: string;
      /** @description The table row that answered: the code itself, or its 8-digit tariff line */
      matchedCode: string;
      onDate: string;
      vatRate: string;
      version: {
        effectiveDate: string;
        /** Format: uuid */
        id: string;
        sourceDocument: string;
        title: string;
      };
    };
    HetaoTariffVersion: {
      effectiveDate: string;
      /** Format: uuid */
      id: string;
      importedAt: string;
      notes: string | null;
      publishedAt: string | null;
      rowCount: number;
      sourceDocument: string;
      status: components['schemas']['HetaoTariffVersionStatus'];
      title: string;
    };
    /** @enum {string} */
    HetaoTariffVersionStatus: 'draft' | 'published' | 'discarded';
    HetaoWhiteListApplication: {
      contacts: {
        email?: string;
        name: string;
        phone?: string;
        role?: string;
      }[];
      decidedAt: string | null;
      documents: {
        createdAt: string;
        fileName: string;
        /** Format: uuid */
        id: string;
        mediaType: string;
        sizeBytes: number;
      }[];
      /** @description B.E1: an enterprise registered in the supervised area with independent legal personality; a public institution doing research in the area; a science and technology private non-enterprise unit registered in the area */
      entityType: components['schemas']['HetaoWhiteListEntityType'];
      entryId: string | null;
      /** Format: uuid */
      id: string;
      informationRequest: string | null;
      informationResponse: string | null;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      refusalReasons: string | null;
      registeredInSupervisedArea: boolean;
      researchActivities: string;
      status: components['schemas']['HetaoWhiteListApplicationStatus'];
      submittedAt: string;
      supervisedAreaAddress: string;
      updatedAt: string;
    };
    /** @enum {string} */
    HetaoWhiteListApplicationStatus:
      'submitted' | 'more_information_requested' | 'listed' | 'refused' | 'withdrawn';
    /** @enum {string} */
    HetaoWhiteListApplicationStatusInput:
      'submitted' | 'more_information_requested' | 'listed' | 'refused' | 'withdrawn';
    /** @enum {string} */
    HetaoWhiteListEntityType: 'enterprise' | 'public_institution' | 'private_non_enterprise_unit';
    /** @enum {string} */
    HetaoWhiteListEntityTypeInput:
      'enterprise' | 'public_institution' | 'private_non_enterprise_unit';
    HetaoWhiteListEntry: {
      /** Format: uuid */
      applicationId: string;
      createdAt: string;
      /** @description B.E1: an enterprise registered in the supervised area with independent legal personality; a public institution doing research in the area; a science and technology private non-enterprise unit registered in the area */
      entityType: components['schemas']['HetaoWhiteListEntityType'];
      filingReference: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      removedFrom: string | null;
      /** @description listed (in force today), suspended, removed, expired (past valid until), not_yet (valid from a later day), superseded (an expired entry replaced by a new listing) */
      status: components['schemas']['HetaoWhiteListEntryStatus'];
      statusReason: string | null;
      suspendedFrom: string | null;
      updatedAt: string;
      validFrom: string;
      validUntil: string | null;
    };
    /** @enum {string} */
    HetaoWhiteListEntryStatus:
      'listed' | 'suspended' | 'removed' | 'expired' | 'not_yet' | 'superseded';
    HighGrowthDefinition: {
      definition: components['schemas']['LocalisedText'];
      effectiveFrom: string;
      /** Format: uuid */
      id: string;
      publishedAt: string;
      publishedBy: string | null;
      sourceText: string;
    };
    HighGrowthMark: {
      /** Format: uuid */
      definitionId: string;
      evidence: string;
      highGrowth: boolean;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      setAt: string;
      setBy: string | null;
    };
    /** @enum {string} */
    Language: 'zh-Hans' | 'zh-Hant' | 'en';
    /** @enum {string} */
    LanguageInput: 'zh-Hans' | 'zh-Hant' | 'en';
    LocalisedText: {
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
    /** @enum {string} */
    MembershipInvitationStatus: 'pending' | 'accepted' | 'declined' | 'withdrawn';
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
    PersonProfile: {
      contactEmail: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      languages: components['schemas']['Language'][];
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
    RecordedFact: {
      /** @example importer.whiteListed */
      fact: string;
      source: {
        id: string;
        /**
         * @example hetao-white-list
         * @example space-lease
         */
        kind: string;
        label: components['schemas']['LocalisedText'];
        since: string | null;
        until: string | null;
      };
      value: unknown;
    };
    Resident: {
      highGrowth: components['schemas']['HighGrowthMark'] | null;
      history: {
        highGrowthMarks: components['schemas']['HighGrowthMark'][];
        records: components['schemas']['ResidentRecord'][];
      };
      name: string;
      /** Format: uuid */
      organisationId: string;
      record: components['schemas']['ResidentRecord'] | null;
      /** @description Holds a lease in a community today */
      resident: boolean;
    };
    ResidentRecord: {
      aiFounderCount: number;
      aiStaffCount: number;
      /** @description aiFounderCount + aiStaffCount (A.T3) */
      aiTalents: number;
      /** @enum {string} */
      declaredAs: 'company' | 'operator' | 'admin';
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      setAt: string;
      setBy: string | null;
      source: string | null;
      teamSize: number;
    };
    /** @enum {string} */
    Role:
      | 'founder'
      | 'community_operator'
      | 'reviewer'
      | 'finance_officer'
      | 'customs_officer'
      | 'provider'
      | 'whitelist_officer'
      | 'agency'
      | 'fund'
      | 'admin';
    /** @enum {string} */
    RoleInput:
      | 'founder'
      | 'community_operator'
      | 'reviewer'
      | 'finance_officer'
      | 'customs_officer'
      | 'provider'
      | 'whitelist_officer'
      | 'agency'
      | 'fund'
      | 'admin';
    Scenario: {
      acceptingProposals: boolean;
      clauses: string[];
      contact: string;
      dataAndAccess: components['schemas']['LocalisedText'];
      demo: boolean;
      demonstrationCriteria: {
        id: string;
        label: components['schemas']['LocalisedText'];
      }[];
      department: components['schemas']['LocalisedText'];
      domain: components['schemas']['ScenarioDomain'];
      /** Format: uuid */
      id: string;
      problem: components['schemas']['LocalisedText'];
      proposalsCloseOn: string;
      publishedAt: string;
      timelineEndsOn: string;
      timelineStartsOn: string;
      title: components['schemas']['LocalisedText'];
    };
    ScenarioAttachment: {
      contentType: string;
      fileName: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      purpose: 'proposal' | 'in-use-evidence';
      sha256: string;
      sizeBytes: number;
      uploadedAt: string;
    };
    ScenarioDemonstration: {
      decidedAt: string;
      judgements: {
        criterionId: string;
        met: boolean;
        reason: string;
      }[];
      reason: string;
      recognised: boolean;
    };
    /**
     * @description A.P6 「聚焦城市治理和公共服務領域」: city governance or public services
     * @enum {string}
     */
    ScenarioDomain: 'city-governance' | 'public-services';
    /**
     * @description A.P6 「聚焦城市治理和公共服務領域」: city governance or public services
     * @enum {string}
     */
    ScenarioDomainInput: 'city-governance' | 'public-services';
    ScenarioFundingApplication: {
      /** Format: uuid */
      applicationId: string;
      evidenceAttached: number;
      policyId: string;
      resumed: boolean;
    };
    ScenarioProposal: {
      approach: string;
      attachments: components['schemas']['ScenarioAttachment'][];
      createdAt: string;
      decidedAt: string | null;
      decisionReason: string | null;
      demo: boolean;
      demonstration: components['schemas']['ScenarioDemonstration'] | null;
      demonstrationApplicationId: string | null;
      deploymentApplicationId: string | null;
      /** Format: uuid */
      id: string;
      inUseSince: string | null;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      pilotStartedOn: string | null;
      /** Format: uuid */
      scenarioId: string;
      scenarioTitle: components['schemas']['LocalisedText'];
      /** @enum {string} */
      status: 'submitted' | 'shortlisted' | 'declined' | 'piloting' | 'in_use';
      summary: string;
      team: string;
    };
    ScenarioSubscriptions: {
      domains: components['schemas']['ScenarioDomain'][];
    };
    ShenzhenDistrict: {
      code: components['schemas']['ShenzhenDistrictCode'];
      names: components['schemas']['LocalisedText'];
    };
    /** @enum {string} */
    ShenzhenDistrictCode:
      | 'futian'
      | 'luohu'
      | 'nanshan'
      | 'yantian'
      | 'baoan'
      | 'longgang'
      | 'longhua'
      | 'pingshan'
      | 'guangming'
      | 'dapeng';
    /** @enum {string} */
    ShenzhenDistrictCodeInput:
      | 'futian'
      | 'luohu'
      | 'nanshan'
      | 'yantian'
      | 'baoan'
      | 'longgang'
      | 'longhua'
      | 'pingshan'
      | 'guangming'
      | 'dapeng';
    SpaceApplication: {
      aiFounderCount: number;
      clauses: string[];
      /** Format: uuid */
      communityId: string;
      createdAt: string;
      decidedAt: string | null;
      decisionReason: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      route: components['schemas']['SpaceRoute'];
      /** @description The ladder rung of the team (A.S2); null on the A.S3 route */
      rung: components['schemas']['SpaceRung'] | null;
      /** @enum {string} */
      status: 'submitted' | 'admitted' | 'declined' | 'allocated';
      teamSize: number;
      /** @description Admitted and no unit of the rung is free today: the place on the waiting list (1 is next) */
      waitingPosition: number | null;
    };
    SpaceApplicationPrefill: {
      date: string;
      factsUpdatedAt: string | null;
      /** Format: uuid */
      organisationId: string;
      results: {
        clauses: string[];
        criteria: {
          clause: string | null;
          label: string;
          /** @enum {string} */
          result: 'met' | 'unmet' | 'unknown';
        }[];
        missingFacts: string[];
        name: string;
        policyId: string;
        route: components['schemas']['SpaceRoute'];
        /** @enum {string} */
        status: 'eligible' | 'ineligible' | 'unknown';
      }[];
      /** @description The route whose policy is eligible (else still possible); null: neither */
      suggestedRoute: components['schemas']['SpaceRoute'] | null;
      /** @description company.teamSize from the fact profile; null when not declared */
      teamSize: number | null;
    };
    SpaceCommunity: {
      address: string | null;
      belowAreaReason: string | null;
      clauses: string[];
      closesOn: string | null;
      /** @description Demo data, not a real record */
      demo: boolean;
      district: components['schemas']['ShenzhenDistrict'] | null;
      firstBatch: boolean;
      grossAreaM2: number | null;
      /** Format: uuid */
      id: string;
      ladder: components['schemas']['SpaceLadder'] | null;
      names: components['schemas']['LocalisedText'];
      openedOn: string | null;
      operator: {
        name: string;
        /** Format: uuid */
        organisationId: string;
      } | null;
      plannedOpeningOn: string | null;
      status: components['schemas']['SpaceCommunityStatus'];
    };
    /** @enum {string} */
    SpaceCommunityStatus: 'planned' | 'opening' | 'open' | 'closed';
    /** @enum {string} */
    SpaceCommunityStatusInput: 'planned' | 'opening' | 'open' | 'closed';
    /** @description The operator's thresholds (A.S2 gives none): a team of at most deskMaxTeamSize gets a desk, at most officeMaxTeamSize an office, a larger team a floor. Null is unpublished. */
    SpaceLadder: {
      deskMaxTeamSize: number | null;
      officeMaxTeamSize: number | null;
      setAt: string;
      source: string;
    };
    SpaceLease: {
      applicationId: string | null;
      clauses: string[];
      /** Format: uuid */
      communityId: string;
      endsOn: string;
      /** Format: uuid */
      id: string;
      monthlyRentFen: number;
      monthlySubsidyFen: number;
      movedOutOn: string | null;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      route: components['schemas']['SpaceRoute'];
      startsOn: string;
      /** @enum {string} */
      status: 'active' | 'ended';
      /** @description The terms over time, earliest first; the last is the one in monthlyRentFen / monthlySubsidyFen */
      terms: components['schemas']['SpaceLeaseTerm'][];
      /** Format: uuid */
      unitId: string;
      unitKind: components['schemas']['SpaceUnitKind'];
      unitLabel: string;
    };
    SpaceLeaseTerm: {
      lowCostRent: components['schemas']['SpaceLeaseTermRent'] | null;
      /** @description The dated rent the figures come from; null: entered by the operator */
      marketReferenceRent: components['schemas']['SpaceLeaseTermRent'] | null;
      monthlyRentFen: number;
      monthlySubsidyFen: number;
      /** @enum {string} */
      reason: 'allocated' | 'renewed_at_new_terms' | 'moved_up';
      /** @description In force from this day until the next term or the lease’s end */
      startsOn: string;
    };
    SpaceLeaseTermRent: {
      effectiveFrom: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'market_reference' | 'low_cost';
      monthlyRentFen: number;
      source: string;
    };
    SpaceMoveUp: {
      endedLease: components['schemas']['SpaceLease'];
      newLease: components['schemas']['SpaceLease'];
    };
    SpaceMoveUpRequest: {
      clauses: string[];
      /** Format: uuid */
      communityId: string;
      decisionReason: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      leaseId: string;
      movedToLeaseId: string | null;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /** @enum {string} */
      requestedAs: 'company' | 'operator';
      requestedAt: string;
      resolvedAt: string | null;
      /** @description The rung that team size fits (A.S2) */
      rung: components['schemas']['SpaceUnitKind'];
      /** @enum {string} */
      status: 'requested' | 'moved' | 'declined';
      /** @description The declared team size the request rests on */
      teamSize: number;
    };
    SpaceOffer: {
      /** Format: uuid */
      applicationId: string;
      clauses: string[];
      rung: components['schemas']['SpaceRung'] | null;
      /** @description Units of the rung, in use and free today */
      units: components['schemas']['SpaceUnit'][];
    };
    SpaceRentSubsidyMonth: {
      /** @description Sum of the low-cost monthly rents in force */
      lowCostFen: number;
      /** @description Sum of the market reference monthly rents in force */
      marketReferenceFen: number;
      month: string;
      /** @description marketReferenceFen − lowCostFen */
      subsidyImpliedFen: number;
      units: {
        lowCostRent: components['schemas']['SpaceLeaseTermRent'] | null;
        marketReferenceRent: components['schemas']['SpaceLeaseTermRent'] | null;
        organisationName: string;
        /** @description The day the rents are read: the month’s first day, or the lease’s start if later */
        rentsOn: string;
        /** Format: uuid */
        unitId: string;
        unitKind: components['schemas']['SpaceUnitKind'];
        unitLabel: string;
      }[];
      /** @description Units a lease covers on at least one day of the month */
      unitsLeased: number;
      /** @description Of those, units with no market reference or no low-cost rent in force: left out of the sums */
      unitsWithoutRents: number;
    };
    SpaceRentSubsidyReport: {
      clauses: string[];
      /** Format: uuid */
      communityId: string;
      from: string;
      months: components['schemas']['SpaceRentSubsidyMonth'][];
      to: string;
      totals: {
        lowCostFen: number;
        marketReferenceFen: number;
        subsidyImpliedFen: number;
      };
    };
    /**
     * @description opc-community: admission to an OPC community, space by team size (A.S2); other-industrial: AI founders in other industrial space, at most 50 m² (A.S3)
     * @enum {string}
     */
    SpaceRoute: 'opc-community' | 'other-industrial';
    /**
     * @description opc-community: admission to an OPC community, space by team size (A.S2); other-industrial: AI founders in other industrial space, at most 50 m² (A.S3)
     * @enum {string}
     */
    SpaceRouteInput: 'opc-community' | 'other-industrial';
    /** @enum {string} */
    SpaceRung: 'desk' | 'office' | 'floor' | 'unpublished';
    SpaceUnit: {
      areaM2: number;
      available: boolean;
      /** Format: uuid */
      communityId: string;
      /** Format: uuid */
      id: string;
      kind: components['schemas']['SpaceUnitKind'];
      label: string;
      /** @description In force today; null: none */
      lowCostRent: components['schemas']['SpaceUnitRent'] | null;
      /** @description In force today; null: none */
      marketReferenceRent: components['schemas']['SpaceUnitRent'] | null;
      /** @description A lease covers today */
      occupied: boolean;
      seats: number;
    };
    /**
     * @description The ladder of A.S2: desk (一张办公桌), office (一间办公室), floor (一层办公楼)
     * @enum {string}
     */
    SpaceUnitKind: 'desk' | 'office' | 'floor';
    /**
     * @description The ladder of A.S2: desk (一张办公桌), office (一间办公室), floor (一层办公楼)
     * @enum {string}
     */
    SpaceUnitKindInput: 'desk' | 'office' | 'floor';
    SpaceUnitRent: {
      effectiveFrom: string;
      /** @enum {string} */
      kind: 'market_reference' | 'low_cost';
      monthlyRentFen: number;
      source: string;
    };
    TalentAchievement: {
      details: {
        [key: string]: unknown;
      };
      evidenceLinks: string[];
      /** Format: uuid */
      id: string;
      kind: components['schemas']['TalentAchievementKind'];
      title: string;
    };
    /** @enum {string} */
    TalentAchievementKind: 'open-source' | 'application' | 'competition';
    TalentCertificate: {
      /** @constant */
      clause: 'A.P1';
      code: string;
      decidedAt: string;
      fullName: string;
      kinds: components['schemas']['TalentAchievementKind'][];
      /** @enum {string} */
      status: 'valid' | 'expired';
      validFrom: string;
      validUntil: string | null;
    };
    TalentDistribution: {
      byKind: {
        kind: components['schemas']['TalentAchievementKind'];
        label: components['schemas']['LocalisedText'];
        people: number;
      }[];
      onDate: string;
      recognisedPeople: number;
    };
    TalentRecognition: {
      certificateCode: string;
      decidedAt: string;
      fullName: string;
      groundAchievementIds: string[];
      grounds: string;
      /** Format: uuid */
      id: string;
      kinds: components['schemas']['TalentAchievementKind'][];
      validFrom: string;
      /** @description Null: no end (no validity period set) */
      validUntil: string | null;
    };
    TalentReview: {
      /** Format: uuid */
      id: string;
      judgements: {
        criterion: string;
        /** @enum {string} */
        judgement: 'meets' | 'does-not-meet' | 'cannot-tell';
        reason: string;
      }[];
      reason: string;
      /** @enum {string} */
      recommendation: 'recognise' | 'refuse';
      reviewedAt: string;
      /** Format: uuid */
      reviewerAccountId: string;
      reviewerName: string;
    };
    TalentRubric: {
      /** @constant */
      clause: 'A.P1';
      criteria: {
        clause: string;
        guidance: components['schemas']['LocalisedText'];
        id: string;
        label: components['schemas']['LocalisedText'];
      }[];
      judgements: ('meets' | 'does-not-meet' | 'cannot-tell')[];
      kinds: {
        kind: components['schemas']['TalentAchievementKind'];
        label: components['schemas']['LocalisedText'];
      }[];
      note: components['schemas']['LocalisedText'];
    };
    TalentSubmission: {
      /** Format: uuid */
      accountId: string;
      achievements: components['schemas']['TalentAchievement'][];
      /** @description For a panel member: the submission is their own or a colleague’s */
      conflictOfInterest: boolean;
      decidedAt: string | null;
      decisionReason: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      recognition: components['schemas']['TalentRecognition'] | null;
      /** @description The panel's reviews (panel members only) */
      reviews: components['schemas']['TalentReview'][];
      statement: string | null;
      /** @enum {string} */
      status: 'submitted' | 'recognised' | 'refused';
      submittedAt: string;
    };
    TalentSubmissionSummary: {
      conflictOfInterest: boolean;
      fullName: string;
      /** Format: uuid */
      id: string;
      kinds: components['schemas']['TalentAchievementKind'][];
      reviewCount: number;
      /** @enum {string} */
      status: 'submitted' | 'recognised' | 'refused';
      submittedAt: string;
    };
    TalentValidityOverview: {
      history: components['schemas']['TalentValidityPeriod'][];
      /** @description Null: unpublished — recognitions are recorded with no end date */
      inForce: components['schemas']['TalentValidityPeriod'] | null;
    };
    TalentValidityPeriod: {
      effectiveFrom: string;
      /** Format: uuid */
      id: string;
      months: number;
      setAt: string;
      sourceText: string;
    };
    Target: {
      /** @description The figure from the records; null with `actualReason` */
      actual: number | null;
      actualReason: 'definition_unpublished' | null;
      /** @description The clause cited (the target’s id in the register) */
      clause: string;
      /** @constant */
      comparison: 'more_than';
      history: {
        actual: number | null;
        month: string;
        takenOn: string;
      }[];
      id: components['schemas']['TargetId'];
      /** @description On 2027-12-31 at the snapshots’ pace; null with `projectionReason` */
      projection2027: number | null;
      projectionReason: ('too_few_snapshots' | 'definition_unpublished') | null;
      quote: {
        en: string;
        original: string;
        'zh-Hans': string;
        'zh-Hant': string;
      };
      /** @description The source says "more than" this (超 / 超過) */
      target: number;
      /** @enum {string} */
      unit: 'communities' | 'companies' | 'people' | 'm2';
    };
    TargetFigures: {
      'A.T1': number | null;
      'A.T2': number | null;
      'A.T3': number | null;
      'A.T4': number | null;
    };
    /** @enum {string} */
    TargetId: 'A.T1' | 'A.T2' | 'A.T3' | 'A.T4';
    TargetSnapshot: {
      figures: {
        actual: number | null;
        id: components['schemas']['TargetId'];
      }[];
      takenOn: string;
    };
    Targets: {
      coverage: {
        demoCommunitiesExcluded: number;
        openCommunities: number;
        openCommunitiesBelowArea: number;
        openCommunitiesWithoutArea: number;
        residentCompanies: number;
        residentsWithoutRecord: number;
      };
      date: string;
      deadline: string;
      districts: {
        districtCode: components['schemas']['ShenzhenDistrictCode'] | null;
        figures: components['schemas']['TargetFigures'];
        names: components['schemas']['LocalisedText'] | null;
      }[];
      highGrowthDefinition: components['schemas']['HighGrowthDefinition'] | null;
      targets: components['schemas']['Target'][];
    };
    VoucherContract: {
      capturedAt: string | null;
      capturedFen: number;
      clauses: string[];
      companyCreditCode: string;
      companyDeclaresRelated: boolean | null;
      companyName: string;
      confirmedAt: string | null;
      contractAmountFen: number;
      contractDate: string;
      contractNumber: string;
      declineReason: string | null;
      deliveryProof: string | null;
      description: string | null;
      heldAt: string | null;
      heldFen: number;
      holdingFen: number;
      /** Format: uuid */
      id: string;
      invoiceNumber: string | null;
      kind: components['schemas']['VoucherKind'];
      /** Format: uuid */
      organisationId: string;
      providerDeclaresRelated: boolean;
      /** Format: uuid */
      providerId: string;
      providerName: string;
      rateBp: number | null;
      refundedFen: number;
      registeredAt: string;
      status: components['schemas']['VoucherContractStatus'];
      voidedAt: string | null;
    };
    /** @enum {string} */
    VoucherContractStatus:
      'awaiting_company' | 'declined' | 'confirmed' | 'held' | 'voided' | 'captured';
    /** @enum {string} */
    VoucherContractStatusInput:
      'awaiting_company' | 'declined' | 'confirmed' | 'held' | 'voided' | 'captured';
    /**
     * @description compute (训力券), model (模型券) or corpus (语料券) — A.P9
     * @enum {string}
     */
    VoucherKind: 'compute' | 'model' | 'corpus';
    /**
     * @description compute (训力券), model (模型券) or corpus (语料券) — A.P9
     * @enum {string}
     */
    VoucherKindInput: 'compute' | 'model' | 'corpus';
    VoucherProvider: {
      accountNumber: string;
      bankName: string;
      contactEmail: string | null;
      contactName: string;
      contactPhone: string | null;
      creditCode: string;
      /** Format: uuid */
      id: string;
      kinds: components['schemas']['VoucherKind'][];
      name: string;
      /** Format: uuid */
      organisationId: string;
      payeeName: string;
      registeredAt: string;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'removed';
      statusReason: string | null;
    };
    VoucherProviderPublic: {
      contactEmail: string | null;
      contactName: string;
      contactPhone: string | null;
      creditCode: string;
      /** Format: uuid */
      id: string;
      kinds: components['schemas']['VoucherKind'][];
      name: string;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'removed';
    };
    VoucherStatement: {
      capturedFen: number;
      createdAt: string;
      /** Format: uuid */
      id: string;
      netFen: number;
      paidAt: string | null;
      period: string;
      /** Format: uuid */
      providerId: string;
      providerName: string;
      reference: string;
      refundedFen: number;
      /** @enum {string} */
      status: 'issued' | 'scheduled' | 'paid';
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAdminAccounts: {
    parameters: {
      query?: {
        q?: string;
        role?: components['schemas']['RoleInput'];
        status?: 'active' | 'disabled';
        limit?: number;
        /** @description Deprecated: use cursor. Rows to skip; ignored when a cursor is given. */
        offset?: number;
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AccountSummary'][];
            /** @description The `cursor` of the next page; null on the last page */
            nextCursor: string | null;
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
  putAdminAccountsByIdRolesByRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        role: components['schemas']['RoleInput'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  deleteAdminAccountsByIdRolesByRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        role: components['schemas']['RoleInput'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  putAdminAccountsByIdStatus: {
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
      /** @description OK */
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
  postAdminApplicationsCloseSettled: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  getAdminOutbox: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  getAdminWorkflowSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  putAdminWorkflowSettings: {
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
      /** @description OK */
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
  getApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  postApplications: {
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
      /** @description OK */
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
      /** @description Created */
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
  getApplicationsById: {
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
      /** @description OK */
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
  deleteApplicationsById: {
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
      /** @description Done; no content */
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
  patchApplicationsById: {
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
      /** @description OK */
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
  getApplicationsByIdAllowanceSchedule: {
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
      /** @description OK */
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
    };
  };
  postApplicationsByIdAppeal: {
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
      /** @description OK */
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
  postApplicationsByIdEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description Which required document this file is */
          documentId: string;
          /** @description The file: PDF, PNG, JPEG or WebP, at most 10 MB */
          file: string;
        };
      };
    };
    responses: {
      /** @description Created */
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
  getApplicationsByIdEvidenceByFileId: {
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
      /** @description The file, as a download, in the type its content was recognised as */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': unknown;
          'image/jpeg': unknown;
          'image/png': unknown;
          'image/webp': unknown;
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
  deleteApplicationsByIdEvidenceByFileId: {
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
      /** @description Done; no content */
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
  postApplicationsByIdSubmit: {
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
      /** @description OK */
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
  postApplicationsByIdWithdraw: {
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
      /** @description OK */
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
  getAudit: {
    parameters: {
      query?: {
        actorAccountId?: string;
        action?: string;
        subjectType?: string;
        subjectId?: string;
        from?: string;
        to?: string;
        /** @description Deprecated: use cursor. Rows with a lower seq; ignored when a cursor is given. */
        beforeSeq?: number;
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEntry'][];
            nextBeforeSeq: number | null;
            /** @description Pass as `cursor` for the next (older) page; null on the last page */
            nextCursor: string | null;
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
  getAuditVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  postAuthLogin: {
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
      /** @description OK */
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
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  postAuthRegister: {
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
      /** @description Created */
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
  getBudgets: {
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
      /** @description OK */
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
  postBudgets: {
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
      /** @description Created */
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
  getBudgetsById: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            consumedFen: number;
            /** Format: uuid */
            id: string;
            /** @description The first page of the ledger, oldest first (at most `limit` movements); the rest from `/budgets/{id}/movements?cursor=movementsNextCursor` */
            movements: components['schemas']['BudgetMovement'][];
            /** @description The cursor of the ledger's next page; null when `movements` is the whole ledger */
            movementsNextCursor: string | null;
            note: string;
            policyId: string;
            /** @description Whether the whole ledger (every page) sums to the line's reserved and consumed */
            reconciled: boolean;
            remainingFen: number;
            reservedFen: number;
            totalFen: number;
            updatedAt: string;
            year: number;
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
  patchBudgetsById: {
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
      /** @description OK */
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
  getBudgetsByIdMovements: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['BudgetMovement'][];
            nextCursor: string | null;
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
  getChallenges: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Challenge'][];
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
  postChallenges: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description At most 3000000000 fen (¥30,000,000, A.P10) */
          budgetCeilingFen: number;
          /** @description The panel rubric published with the challenge */
          criteria: {
            id: string;
            label: {
              en: string;
              'zh-Hans': string;
              'zh-Hant': string;
            };
            maxScore: number;
          }[];
          department: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          /** @description The technical goals (發榜) */
          goals: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          phases: {
            /** Format: date */
            endsOn: string;
            name: {
              en: string;
              'zh-Hans': string;
              'zh-Hant': string;
            };
          }[];
          /**
           * Format: date
           * @description Last China day to submit (揭榜)
           */
          submissionDeadlineOn: string;
          title: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Challenge'];
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
  getChallengesConsortiaMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'][];
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
  getChallengesConsortiaByConsortiumId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        consortiumId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'];
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
  postChallengesConsortiaByConsortiumIdFundingApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        consortiumId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioFundingApplication'];
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
  postChallengesConsortiaByConsortiumIdInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        consortiumId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          organisationId: string;
          roles: ('research-partner' | 'start-up' | 'other')[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'];
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
  postChallengesConsortiaByConsortiumIdMembersByOrganisationIdResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        consortiumId: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          accept: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'];
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
  postChallengesConsortiaByConsortiumIdMembersByOrganisationIdStartupVerification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        consortiumId: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'];
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
  postChallengesConsortiaByConsortiumIdScores: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        consortiumId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
          scores: {
            [key: string]: number;
          };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'];
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
  postChallengesConsortiaByConsortiumIdSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        consortiumId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'];
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
  postChallengesMilestonesByMilestoneIdAcceptance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          accepted: boolean;
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'];
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
  getChallengesPanelMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Challenge'][];
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
  getChallengesReviewers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengePanel'];
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
  getChallengesByChallengeId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        challengeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Challenge'];
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
  postChallengesByChallengeIdConflicts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        challengeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          consortiumId: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Done; no content */
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
    };
  };
  getChallengesByChallengeIdConsortia: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        challengeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'][];
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
  postChallengesByChallengeIdConsortia: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        challengeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          leadOrganisationId: string;
          /** @description What the lead brings besides leading */
          leadRoles: ('research-partner' | 'start-up' | 'other')[];
          proposal: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengeConsortium'];
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
  getChallengesByChallengeIdPanel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        challengeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengePanel'];
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
  putChallengesByChallengeIdPanel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        challengeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reviewerAccountIds: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChallengePanel'];
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
  postChallengesByChallengeIdWinner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        challengeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          consortiumId: string;
          milestones: {
            /** Format: date */
            dueOn: string;
            title: string;
          }[];
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Challenge'];
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
  postEvaluations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "date": "2026-12-07",
         *       "facts": {
         *         "company": {
         *           "foundedOn": "2026-03-01",
         *           "isAiCompany": true,
         *           "teamSize": 3
         *         },
         *         "person": {
         *           "hasCompany": true,
         *           "isFounder": true
         *         }
         *       },
         *       "include": [
         *         "labels",
         *         "citations"
         *       ],
         *       "policies": [
         *         "space.opc-community"
         *       ],
         *       "trace": false
         *     }
         */
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "catalogueVersion": "651293c36a9a3818cd0f1acbf3de19020a412870ad0b1d4bbf6eaaeb3abc60f6",
           *       "date": "2026-12-07",
           *       "language": "en",
           *       "results": [
           *         {
           *           "benefit": {
           *             "amountBasis": "not-money",
           *             "kind": "space",
           *             "ladder": [
           *               "desk",
           *               "office",
           *               "floor"
           *             ],
           *             "maxAmountFen": null,
           *             "maxAreaM2": null,
           *             "parameters": {
           *               "space.opc-community.desk-max-team-size": null,
           *               "space.opc-community.office-max-team-size": null
           *             },
           *             "pendingFacts": [],
           *             "rung": null,
           *             "setting": "opc-community"
           *           },
           *           "citations": [
           *             "A.S2",
           *             "A.TITLE"
           *           ],
           *           "discretionary": false,
           *           "exclusivity": null,
           *           "missingFacts": [
           *             "company.workspace"
           *           ],
           *           "name": "Low-cost space in an OPC community",
           *           "policyId": "space.opc-community",
           *           "reasons": [],
           *           "status": "unknown"
           *         }
           *       ],
           *       "summary": {
           *         "alternativeCount": 0,
           *         "benefitCount": 1,
           *         "eligible": 0,
           *         "eligibleAmountFen": 0,
           *         "ineligible": 0,
           *         "maxAmountFen": 0,
           *         "maxLoanPrincipalFen": 0,
           *         "provisionalAmountFen": 0,
           *         "provisionalCount": 0,
           *         "unknown": 1
           *       }
           *     }
           */
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
  postEvaluationsNextQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "date": "2026-12-07",
         *       "facts": {
         *         "company": {
         *           "isAiCompany": true
         *         },
         *         "person": {
         *           "hasCompany": true,
         *           "isFounder": true
         *         }
         *       },
         *       "policies": [
         *         "space.opc-community"
         *       ]
         *     }
         */
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "date": "2026-12-07",
           *       "language": "en",
           *       "question": {
           *         "expectedSettledFen": 0,
           *         "factId": "company.workspace",
           *         "help": null,
           *         "options": [
           *           {
           *             "label": "Admitted to an OPC community",
           *             "value": "opc-community"
           *           },
           *           {
           *             "label": "In another industrial space",
           *             "value": "other-industrial-space"
           *           },
           *           {
           *             "label": "No workspace yet",
           *             "value": "none"
           *           }
           *         ],
           *         "policies": [
           *           "space.opc-community"
           *         ],
           *         "purpose": "eligibility",
           *         "stakeFen": 0,
           *         "storedInProfile": true,
           *         "subject": "company",
           *         "text": "Where does your company work?",
           *         "type": "enum"
           *       },
           *       "results": [
           *         {
           *           "benefit": {
           *             "amountBasis": "not-money",
           *             "kind": "space",
           *             "ladder": [
           *               "desk",
           *               "office",
           *               "floor"
           *             ],
           *             "maxAmountFen": null,
           *             "maxAreaM2": null,
           *             "parameters": {
           *               "space.opc-community.desk-max-team-size": null,
           *               "space.opc-community.office-max-team-size": null
           *             },
           *             "pendingFacts": [
           *               "company.teamSize"
           *             ],
           *             "rung": null,
           *             "setting": "opc-community"
           *           },
           *           "citations": [
           *             "A.S2",
           *             "A.TITLE"
           *           ],
           *           "criteria": [],
           *           "discretionary": false,
           *           "exclusivity": null,
           *           "missingFacts": [
           *             "company.workspace"
           *           ],
           *           "name": "Low-cost space in an OPC community",
           *           "policyId": "space.opc-community",
           *           "reasons": [],
           *           "status": "unknown"
           *         }
           *       ],
           *       "summary": {
           *         "alternativeCount": 0,
           *         "benefitCount": 1,
           *         "eligible": 0,
           *         "eligibleAmountFen": 0,
           *         "ineligible": 0,
           *         "maxAmountFen": 0,
           *         "maxLoanPrincipalFen": 0,
           *         "provisionalAmountFen": 0,
           *         "provisionalCount": 0,
           *         "unknown": 1
           *       }
           *     }
           */
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
  getFactsProfile: {
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
      /** @description OK */
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
    };
  };
  patchFactsProfile: {
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
      /** @description OK */
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
  getFactsSchema: {
    parameters: {
      query?: {
        /** @example en */
        lang?: 'zh-Hans' | 'zh-Hant' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "$schema": "https://json-schema.org/draft/2020-12/schema",
           *       "additionalProperties": false,
           *       "properties": {
           *         "person": {
           *           "additionalProperties": false,
           *           "properties": {
           *             "isFounder": {
           *               "description": "Are you a founder (starting a company or a venture, even one not registered yet)?",
           *               "title": "person.isFounder",
           *               "type": [
           *                 "boolean",
           *                 "null"
           *               ],
           *               "x-help": {
           *                 "en": "The source says \"founder\" (創業者) and asks for no registered company; you declare it and an officer verifies it.",
           *                 "zh-Hans": "政策原文为“创业者”，不要求已注册公司；您如实声明，审核人员核实。",
           *                 "zh-Hant": "政策原文為「創業者」，不要求已註冊公司；您如實聲明，審核人員核實。"
           *               },
           *               "x-question": {
           *                 "en": "Are you a founder (starting a company or a venture, even one not registered yet)?",
           *                 "zh-Hans": "您是否为创业者（正在创办企业或创业项目，尚未注册公司也算）？",
           *                 "zh-Hant": "您是否為創業者（正在創辦企業或創業項目，尚未註冊公司也算）？"
           *               },
           *               "x-stored-in-profile": true,
           *               "x-type": "boolean"
           *             }
           *           },
           *           "type": "object"
           *         }
           *       },
           *       "type": "object"
           *     }
           */
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
  getFunds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fund'][];
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
  getFundsAggregate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundAggregate'];
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
  postFundsIntroductions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          fund: components['schemas']['FundCodeInput'];
          /** @description A note to the fund (private to the fund and the company) */
          note?: string | null;
          /** Format: uuid */
          organisationId: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundIntroduction'];
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
  getFundsIntroductionsMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundIntroduction'][];
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
  getFundsIntroductionsByIntroductionId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        introductionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundIntroduction'];
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
  postFundsIntroductionsByIntroductionIdStage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        introductionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Integer fen; required when the stage is invested, refused otherwise */
          investedAmountFen?: number | null;
          /** @description Private to the fund and the company */
          reason: string;
          /** @enum {string} */
          stage: 'meeting' | 'due-diligence' | 'invested' | 'declined';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundIntroduction'];
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
  getFundsPipeline: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundIntroduction'][];
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
  getFundsStaff: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundStaff'][];
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
  putFundsStaffByAccountId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          fund: components['schemas']['FundCodeInput'];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundStaff'];
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
  getHetaoChangelog: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoChangelog'];
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
  postHetaoClassElections: {
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
          electedOn: string;
          goodsClass: components['schemas']['HetaoGoodsClassInput'];
          /** Format: uuid */
          organisationId?: string;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoClassElection'];
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
  getHetaoClassElectionsMine: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoClassElection'][];
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
  getHetaoCustomsDeclarations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoDeclarationSummary'][];
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
  getHetaoCustomsLedger: {
    parameters: {
      query?: {
        organisationId?: string;
        status?: components['schemas']['HetaoLedgerStatusInput'];
        due?: 'true' | 'false';
        biosafety?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoLedgerItem'][];
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
  getHetaoCustomsLedgerExport: {
    parameters: {
      query?: {
        sheet?: 'declarations' | 'ledger' | 'biosafety' | 'due';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sheet as an Excel workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
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
  postHetaoDeclarations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          declarationNumber: string;
          /**
           * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
           * @example 2026-03-01
           */
          declaredOn: string;
          lines: {
            biosafety?: boolean;
            category?: components['schemas']['HetaoCategoryInput'];
            consumptionRate?: string;
            currency?: string;
            description: string;
            dutyRate?: string;
            exchangeRate?: string;
            foreignAmount?: string;
            hsCode: string;
            listItemId: string;
            partUse?: components['schemas']['HetaoPartUseInput'];
            permitReference?: string;
            quantity: number;
            supervisionClass?: components['schemas']['HetaoSupervisionClassInput'];
            unit: string;
            valueFen?: number;
            vatRate?: string;
          }[];
          /** Format: uuid */
          organisationId?: string;
          /**
           * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
           * @example 2026-03-01
           */
          releasedOn?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoDeclaration'];
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
  postHetaoDeclarationsImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description CSV (UTF-8) or Excel (.xlsx) */
          file: string;
          /** @description The importing organisation, if you belong to several */
          organisationId?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoDeclarationImport'];
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
  getHetaoDeclarationsMine: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoDeclarationSummary'][];
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
  getHetaoDeclarationsById: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoDeclaration'];
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
  getHetaoLedgerMine: {
    parameters: {
      query?: {
        organisationId?: string;
        status?: components['schemas']['HetaoLedgerStatusInput'];
        due?: 'true' | 'false';
        biosafety?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoLedgerItem'][];
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
  getHetaoLedgerSummary: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoLedgerSummary'];
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
  getHetaoLedgerById: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoLedgerItem'];
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
  postHetaoLedgerByIdMoves: {
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
          kind: 'second-line' | 'other-use' | 'transfer' | 'forced-transfer';
          /**
           * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
           * @example 2026-03-01
           */
          movedOn?: string;
          quantity?: number;
          reason?: string;
          recipient?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoLedgerItem'];
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
  postHetaoLedgerByIdWriteOffs: {
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
          quantity: number;
          researchUse: string;
          /**
           * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
           * @example 2026-03-01
           */
          writtenOffOn?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoLedgerItem'];
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
  getHetaoList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  getHetaoListVersions: {
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
      /** @description OK */
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
  postHetaoListVersions: {
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
      /** @description Created */
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
  postHetaoListVersionsImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description YYYY-MM-DD: the day it takes effect */
          effectiveDate?: string;
          /** @description The list: CSV (UTF-8) or Excel (.xlsx) */
          file: string;
          /** @description "true" for a working list (not the official one) */
          isWorkingList?: string;
          /** @description The document that issues or amends the list */
          issuingDocument?: string;
          /** @description Notes for the customs officers */
          notes?: string;
          /** @description Where the list text comes from */
          source?: string;
          /** @description The version’s title */
          title: string;
        };
      };
    };
    responses: {
      /** @description Created */
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
  getHetaoListVersionsById: {
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
      /** @description OK */
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
  patchHetaoListVersionsById: {
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
      /** @description OK */
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
  getHetaoListVersionsByIdDiff: {
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
      /** @description OK */
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
  postHetaoListVersionsByIdDiscard: {
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
      /** @description OK */
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
  getHetaoListVersionsByIdExportCsv: {
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
      /** @description The list version as CSV (UTF-8), as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
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
  postHetaoListVersionsByIdItems: {
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
      /** @description Created */
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
  deleteHetaoListVersionsByIdItemsByItemId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
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
  patchHetaoListVersionsByIdItemsByItemId: {
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
      /** @description OK */
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
  postHetaoListVersionsByIdPublish: {
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
      /** @description OK */
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
  getHetaoLookup: {
    parameters: {
      query: {
        /**
         * @description Product name, brand or catalogue line, in zh-Hans, zh-Hant or English
         * @example 显微镜
         */
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "askCustoms": null,
           *       "candidates": [
           *         {
           *           "category": "equipment",
           *           "coverage": "full",
           *           "description": {
           *             "en": "Microscopes, compound optical; (other than stereoscopic and microscopes for photomicrography, cinephotomicrography or microprojection)",
           *             "zh": "未列名复式光学显微镜",
           *             "zhHant": "未列名複式光學顯微鏡"
           *           },
           *           "descriptionSource": {
           *             "en": "hs2022-paraphrase",
           *             "zh": "national-line"
           *           },
           *           "hsCode": "901180",
           *           "listItem": {
           *             "category": "equipment",
           *             "itemId": "WL-EQ-01",
           *             "name": {
           *               "en": "Compound optical microscopes, their parts and accessories",
           *               "zh-Hans": "复式光学显微镜及其零件、附件",
           *               "zh-Hant": "複式光學顯微鏡及其零件、附件"
           *             },
           *             "regime": "supervision-period"
           *           },
           *           "listItemId": "WL-EQ-01",
           *           "reasons": [
           *             {
           *               "contested": null,
           *               "entryId": "optical-microscope",
           *               "kind": "dictionary",
           *               "label": {
           *                 "en": "Optical microscope",
           *                 "zh-Hans": "光学显微镜",
           *                 "zh-Hant": "光學顯微鏡"
           *               },
           *               "matched": "显微镜",
           *               "reason": {
           *                 "en": "Compound optical microscopes (not stereo, not mainly for photomicrography): 9011.80.",
           *                 "zh-Hans": "复式光学显微镜（非体视、非专用显微照相）归 9011.80。",
           *                 "zh-Hant": "複式光學顯微鏡（非體視、非專用顯微照相）歸 9011.80。"
           *               },
           *               "text": {
           *                 "en": "Dictionary entry \"Optical microscope\" (matched \"显微镜\"): Compound optical microscopes (not stereo, not mainly for photomicrography): 9011.80.",
           *                 "zh-Hans": "词典条目「光学显微镜」（匹配“显微镜”）：复式光学显微镜（非体视、非专用显微照相）归 9011.80。",
           *                 "zh-Hant": "詞典條目「光學顯微鏡」（匹配“顯微鏡”）：複式光學顯微鏡（非體視、非專用顯微照相）歸 9011.80。"
           *               }
           *             },
           *             {
           *               "kind": "words",
           *               "matched": [
           *                 "显微",
           *                 "显微镜"
           *               ],
           *               "text": {
           *                 "en": "Words of the query (显微, 显微镜) appear in the nomenclature text of 9011.80.",
           *                 "zh-Hans": "查询中的词（显微、显微镜）出现在 9011.80 的商品名称中。",
           *                 "zh-Hant": "查詢中的詞（顯微、顯微鏡）出現在 9011.80 的商品名稱中。"
           *               }
           *             }
           *           ],
           *           "score": 1
           *         }
           *       ],
           *       "catalogueNumbers": [],
           *       "clauses": [
           *         {
           *           "id": "B.E2",
           *           "meaning": {
           *             "en": "Research goods for own use imported through the \"first line\" are exempt from import duty, import VAT and consumption tax.",
           *             "zh-Hans": "经“一线”进口、自用的科研货物，免征进口关税、进口环节增值税和消费税。",
           *             "zh-Hant": "經「一線」進口、自用的科研貨物，免徵進口關稅、進口環節增值稅和消費稅。"
           *           },
           *           "quote": "經「一線」進口自用的科研貨物，免徵進口稅收（包括進口關稅、進口環節增值稅和消費稅）",
           *           "secondary": false
           *         }
           *       ],
           *       "flags": [],
           *       "listVersion": {
           *         "effectiveDate": "2026-02-10",
           *         "id": "37963c41-3ea2-4b08-b997-b9559b7629b4",
           *         "isWorkingList": true,
           *         "title": "免税科研货物清单（工作清单，非官方）"
           *       },
           *       "normalised": "显微镜",
           *       "quantities": [],
           *       "script": "zh-Hans",
           *       "summary": {
           *         "en": "\"显微镜\" most likely falls under 9011.80 (Microscopes, compound optical; (other than stereoscopic and microscopes for photomicrography, cinephotomicrography or microprojection)), which is on the list: list item WL-EQ-01 \"Compound optical microscopes, their parts and accessories\", category: Equipment and spare parts, regime: under customs supervision for the supervision period. This answer uses the working list, not the official one (the official 509-item attachment is not yet available); treat it as guidance.",
           *         "zh-Hans": "「显微镜」最可能归入 9011.80（未列名复式光学显微镜），属于清单第 WL-EQ-01 项「复式光学显微镜及其零件、附件」，类别：设备及零配件，监管方式：海关监管期内监管。以上依据的是工作清单，并非官方清单（官方 509 项附件尚未取得），结果仅供参考。",
           *         "zh-Hant": "「显微镜」最可能歸入 9011.80（未列名複式光學顯微鏡），屬於清單第 WL-EQ-01 項「複式光學顯微鏡及其零件、附件」，類別：設備及零配件，監管方式：海關監管期內監管。以上依據的是工作清單，並非官方清單（官方 509 項附件尚未取得），結果僅供參考。"
           *       },
           *       "tokens": [
           *         "显微镜"
           *       ],
           *       "verdict": "listed"
           *     }
           */
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
  getHetaoPrecedents: {
    parameters: {
      query?: {
        q?: string;
        limit?: number;
        /** @description Deprecated: use cursor. Rows to skip; ignored when a cursor is given. */
        offset?: number;
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['HetaoPrecedent'][];
            /** @description The `cursor` of the next page; null on the last page */
            nextCursor: string | null;
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
  getHetaoPrecedentsById: {
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
      /** @description OK */
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
  getHetaoQuestions: {
    parameters: {
      query?: {
        status?: components['schemas']['HetaoQuestionStatusInput'];
        /** @description Questions per page; the next page is in the `Link: rel="next"` header. Without it, every question. */
        limit?: number;
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description RFC 8288: `<…?cursor=…>; rel="next"` when there is a next page; absent on the last */
          Link?: string;
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
  postHetaoQuestions: {
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
      /** @description Created */
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
  getHetaoQuestionsMine: {
    parameters: {
      query?: {
        /** @description Questions per page; the next page is in the `Link: rel="next"` header. Without it, every question. */
        limit?: number;
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description RFC 8288: `<…?cursor=…>; rel="next"` when there is a next page; absent on the last */
          Link?: string;
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
  getHetaoQuestionsById: {
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
      /** @description OK */
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
    };
  };
  postHetaoQuestionsByIdAnswer: {
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
      /** @description OK */
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
  postHetaoQuestionsByIdAttachments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description The datasheet: PDF, PNG, JPEG, GIF or WebP */
          file: string;
        };
      };
    };
    responses: {
      /** @description Created */
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
  getHetaoQuestionsByIdAttachmentsByAttachmentId: {
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
      /** @description The datasheet, as a download, in the type its content was recognised as */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': unknown;
          'image/gif': unknown;
          'image/jpeg': unknown;
          'image/png': unknown;
          'image/webp': unknown;
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
  getHetaoQuestionsByIdPrecedentPreview: {
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
      /** @description OK */
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
  postHetaoQuestionsByIdPublish: {
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
      /** @description OK */
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
  postHetaoQuestionsByIdRetract: {
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
      /** @description OK */
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
  postHetaoQuestionsByIdWithdraw: {
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
      /** @description OK */
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
  getHetaoRulings: {
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
      /** @description OK */
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
  postHetaoRulings: {
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
      /** @description Created */
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
  getHetaoRulingsMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  getHetaoRulingsPublished: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoPublishedRuling'][];
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
  getHetaoRulingsById: {
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
      /** @description OK */
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
    };
  };
  patchHetaoRulingsById: {
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
      /** @description OK */
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
  postHetaoRulingsByIdAccept: {
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
      /** @description OK */
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
  postHetaoRulingsByIdDecide: {
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
      /** @description OK */
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
  postHetaoRulingsByIdFile: {
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
      /** @description OK */
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
  postHetaoRulingsByIdPublish: {
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
      /** @description OK */
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
  postHetaoRulingsByIdRefuse: {
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
      /** @description OK */
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
  postHetaoRulingsByIdWithdraw: {
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
      /** @description OK */
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
  getHetaoSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  putHetaoSettings: {
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
      /** @description OK */
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
  postHetaoSuggestionGroupsByIdDecline: {
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
      /** @description OK */
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
  postHetaoSuggestionGroupsByIdPull: {
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
      /** @description OK */
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
  postHetaoSuggestionGroupsByIdSupport: {
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
      /** @description OK */
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
  getHetaoSuggestions: {
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
      /** @description OK */
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
  postHetaoSuggestions: {
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
      /** @description Created */
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
  getHetaoSuggestionsMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  getHetaoTariffRates: {
    parameters: {
      query: {
        hs: string;
        /** @description The day (China time); default today */
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoTariffRatesInForce'];
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
  getHetaoTariffVersions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoTariffVersion'][];
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
  postHetaoTariffVersionsImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description YYYY-MM-DD: the first day the rates are in force */
          effectiveDate: string;
          /** @description The rates: CSV (UTF-8) or Excel (.xlsx) */
          file: string;
          /** @description Notes for customs officers */
          notes?: string;
          /** @description The document the rates come from */
          sourceDocument: string;
          /** @description The version’s title */
          title: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            fileKind: 'csv' | 'xlsx';
            version: components['schemas']['HetaoTariffVersion'];
            warnings: {
              column: string;
              line: number;
              message: string;
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
  getHetaoTariffVersionsById: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The first 500 rates, by code */
            rates: {
              /** @description Null: the goods carry no consumption tax */
              consumptionRate: string | null;
              description: string | null;
              /** @description A decimal fraction: 0.13 is 13 % */
              dutyRate: string;
              hsCode: string;
              sourceLine: number;
              vatRate: string;
            }[];
            version: components['schemas']['HetaoTariffVersion'];
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
  postHetaoTariffVersionsByIdDiscard: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoTariffVersion'];
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
  postHetaoTariffVersionsByIdPublish: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoTariffVersion'];
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
  getHetaoWhiteList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Today in China time: the date statuses are computed for */
            asOf: string;
            entries: components['schemas']['HetaoPublicWhiteListEntry'][];
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
  getHetaoWhiteListApplications: {
    parameters: {
      query?: {
        status?: components['schemas']['HetaoWhiteListApplicationStatusInput'];
        limit?: number;
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['HetaoWhiteListApplication'][];
            nextCursor: string | null;
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
  postHetaoWhiteListApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contacts: {
            email?: string;
            name: string;
            phone?: string;
            role?: string;
          }[];
          entityType: components['schemas']['HetaoWhiteListEntityTypeInput'];
          /** Format: uuid */
          organisationId: string;
          /**
           * @description B.E1: declared true — the institution is registered in the supervised area
           * @enum {boolean}
           */
          registeredInSupervisedArea: true;
          researchActivities: string;
          supervisedAreaAddress: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListApplication'];
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
  getHetaoWhiteListApplicationsById: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListApplication'];
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
  postHetaoWhiteListApplicationsByIdDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description The document: PDF, PNG, JPEG, GIF or WebP */
          file: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListApplication'];
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
  getHetaoWhiteListApplicationsByIdDocumentsByDocumentId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document, as a download, in the type its content was recognised as */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': unknown;
          'image/gif': unknown;
          'image/jpeg': unknown;
          'image/png': unknown;
          'image/webp': unknown;
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
  postHetaoWhiteListApplicationsByIdInformation: {
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
          contacts?: {
            email?: string;
            name: string;
            phone?: string;
            role?: string;
          }[];
          researchActivities?: string;
          response: string;
          supervisedAreaAddress?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListApplication'];
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
  postHetaoWhiteListApplicationsByIdList: {
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
          /** @description B.N3: the reference of the filing with the three ministries, if known */
          filingReference?: string;
          /**
           * @description First day on the list (inclusive)
           * @example 2026-03-01
           */
          validFrom: string;
          /** @description Last day on the list (inclusive); null when the decision sets no end date */
          validUntil: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            application: components['schemas']['HetaoWhiteListApplication'];
            entry: components['schemas']['HetaoWhiteListEntry'];
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
  postHetaoWhiteListApplicationsByIdRefuse: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListApplication'];
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
  postHetaoWhiteListApplicationsByIdRequestInformation: {
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
          request: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListApplication'];
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
  postHetaoWhiteListApplicationsByIdWithdraw: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListApplication'];
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
  getHetaoWhiteListEntries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListEntry'][];
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
  getHetaoWhiteListEntriesById: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListEntry'];
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
  patchHetaoWhiteListEntriesById: {
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
          filingReference?: string;
          validUntil?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListEntry'];
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
  postHetaoWhiteListEntriesByIdReinstate: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListEntry'];
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
  postHetaoWhiteListEntriesByIdRemove: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListEntry'];
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
  postHetaoWhiteListEntriesByIdSuspend: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HetaoWhiteListEntry'];
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
  getHetaoWhiteListMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applications: components['schemas']['HetaoWhiteListApplication'][];
            entry: components['schemas']['HetaoWhiteListEntry'] | null;
            isFounder: boolean;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
          }[];
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
  getInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipInvitation'][];
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
  postInvitationsByIdAccept: {
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
      /** @description OK */
      200: {
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
  postInvitationsByIdDecline: {
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
      /** @description OK */
      200: {
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
  getMatchingFoundForMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            benefitPushes: boolean;
            items: {
              /** @description The web page of a prefilled application */
              applyPath: string;
              evaluatedOn: string;
              maxAmountFen: number | null;
              missingFact: string | null;
              missingFactQuestion: string | null;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              policyId: string;
              /** @enum {string} */
              reason: 'eligible' | 'one_fact_away';
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
  getMatchingImportTargets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description `profile.*` for a profile field, otherwise a fact id of policies/facts.yaml */
            id: string;
            /** @enum {string} */
            kind: 'profile' | 'fact';
            label: {
              en: string;
              'zh-Hans': string;
              'zh-Hant': string;
            };
            required: boolean;
            type: string;
          }[];
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
  getMatchingImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdCount: number;
            fileKind: string;
            fileName: string;
            /** Format: uuid */
            id: string;
            importedAt: string;
            /** @description Display name of the account that imported it (null when unknown) */
            importedByName: string | null;
            mapping: {
              [key: string]: string;
            };
            rowCount: number;
            sha256: string;
            unchangedCount: number;
            updatedCount: number;
            version: number;
          }[];
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
  postMatchingImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description Companies: CSV (UTF-8) or Excel (.xlsx) */
          file: string;
          /** @description JSON: column header → target id (see GET /matching/import-targets); absent: suggested from the headers */
          mapping?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            import: {
              createdCount: number;
              fileKind: string;
              fileName: string;
              /** Format: uuid */
              id: string;
              importedAt: string;
              /** @description Display name of the account that imported it (null when unknown) */
              importedByName: string | null;
              mapping: {
                [key: string]: string;
              };
              rowCount: number;
              sha256: string;
              unchangedCount: number;
              updatedCount: number;
              version: number;
            };
            run: {
              batchesDone: number;
              batchesTotal: number;
              catalogueHash: string;
              cause: string | null;
              evaluatedOn: string;
              finishedAt: string | null;
              /** Format: uuid */
              id: string;
              parameterVersion: string;
              policies: string[] | null;
              profilesMatched: number;
              profilesTotal: number;
              pushCandidates: number;
              resultsChanged: number;
              resultsWritten: number;
              startedAt: string;
              /** @enum {string} */
              status: 'running' | 'finished' | 'failed';
              /** @enum {string} */
              trigger: 'manual' | 'import' | 'profile' | 'parameter' | 'nightly';
            } | null;
            warnings: {
              column: string;
              line: number;
              message: string;
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
  postMatchingImportsPreview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description Companies: CSV (UTF-8) or Excel (.xlsx) */
          file: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            fileKind: 'csv' | 'xlsx';
            header: string[];
            rowCount: number;
            sample: {
              cells: string[];
              line: number;
            }[];
            suggestedMapping: {
              [key: string]: string;
            };
            warnings: {
              column: string;
              line: number;
              message: string;
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
  getMatchingImportsById: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdCount: number;
            fileKind: string;
            fileName: string;
            /** Format: uuid */
            id: string;
            importedAt: string;
            /** @description Display name of the account that imported it (null when unknown) */
            importedByName: string | null;
            mapping: {
              [key: string]: string;
            };
            rowCount: number;
            sha256: string;
            unchangedCount: number;
            updatedCount: number;
            version: number;
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
  getMatchingPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description false: no benefit pushes (inbox or e-mail) */
            benefitPushes: boolean;
            updatedAt: string | null;
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
  putMatchingPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          benefitPushes: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description false: no benefit pushes (inbox or e-mail) */
            benefitPushes: boolean;
            updatedAt: string | null;
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
  getMatchingProfiles: {
    parameters: {
      query?: {
        after?: number;
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              creditCode: string;
              district: string | null;
              foundedOn: string | null;
              id: number;
              industry: string | null;
              name: string;
              size: string | null;
              updatedAt: string;
            }[];
            next: string | null;
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
  getMatchingProfilesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            creditCode: string;
            district: string | null;
            facts: {
              fact: string;
              provenance:
                | {
                    /** @enum {string} */
                    source: 'declared';
                    /** @enum {string} */
                    subject: 'organisation' | 'person';
                    subjectId: string;
                    updatedAt: string | null;
                  }
                | {
                    importId: string;
                    /** @enum {string} */
                    source: 'imported';
                    version: number;
                  };
              value: unknown;
            }[];
            foundedOn: string | null;
            id: number;
            industry: string | null;
            name: string;
            organisationId: string | null;
            pushCandidates: {
              createdAt: string;
              maxAmountFen: number | null;
              missingFact: string | null;
              name: string;
              policyId: string;
              /** @enum {string} */
              reason: 'eligible' | 'one_fact_away';
              sentAt: string | null;
            }[];
            results: {
              catalogueHash: string;
              evaluatedOn: string;
              maxAmountFen: number | null;
              missingFacts: string[];
              name: string;
              parameterVersion: string;
              policyId: string;
              runId: string | null;
              /** @enum {string} */
              status: 'eligible' | 'ineligible' | 'unknown';
              updatedAt: string;
            }[];
            size: string | null;
            updatedAt: string;
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
  postMatchingPushesSend: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Messages queued: one per person */
            messages: number;
            /** @description Push candidates sent to at least one person */
            sent: number;
            /** @description Candidates no one will get: every recipient opted out of benefit pushes */
            suppressed: number;
            /** @description Candidates of profiles with no linked organisation or member yet (left unsent) */
            waiting: number;
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
  getMatchingRuns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            batchesDone: number;
            batchesTotal: number;
            catalogueHash: string;
            cause: string | null;
            evaluatedOn: string;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            parameterVersion: string;
            policies: string[] | null;
            profilesMatched: number;
            profilesTotal: number;
            pushCandidates: number;
            resultsChanged: number;
            resultsWritten: number;
            startedAt: string;
            /** @enum {string} */
            status: 'running' | 'finished' | 'failed';
            /** @enum {string} */
            trigger: 'manual' | 'import' | 'profile' | 'parameter' | 'nightly';
          }[];
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
  postMatchingRuns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Only these policies; absent: the whole catalogue */
          policies?: string[];
        };
      };
    };
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            batchesDone: number;
            batchesTotal: number;
            catalogueHash: string;
            cause: string | null;
            evaluatedOn: string;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            parameterVersion: string;
            policies: string[] | null;
            profilesMatched: number;
            profilesTotal: number;
            pushCandidates: number;
            resultsChanged: number;
            resultsWritten: number;
            startedAt: string;
            /** @enum {string} */
            status: 'running' | 'finished' | 'failed';
            /** @enum {string} */
            trigger: 'manual' | 'import' | 'profile' | 'parameter' | 'nightly';
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
  getMatchingRunsById: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            batchesDone: number;
            batchesTotal: number;
            catalogueHash: string;
            cause: string | null;
            evaluatedOn: string;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            parameterVersion: string;
            policies: string[] | null;
            profilesMatched: number;
            profilesTotal: number;
            pushCandidates: number;
            resultsChanged: number;
            resultsWritten: number;
            startedAt: string;
            /** @enum {string} */
            status: 'running' | 'finished' | 'failed';
            /** @enum {string} */
            trigger: 'manual' | 'import' | 'profile' | 'parameter' | 'nightly';
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
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  postMePassword: {
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
      /** @description OK */
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
  patchMeProfile: {
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
      /** @description OK */
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
  getMeTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiToken'][];
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
  postMeTokens: {
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
      /** @description Created */
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
  deleteMeTokensById: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiToken'];
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
  getNotifications: {
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
      /** @description OK */
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
  postNotificationsRead: {
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
      /** @description OK */
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
  getOrganisations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'][];
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
  postOrganisations: {
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
      /** @description Created */
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
  getOrganisationsAll: {
    parameters: {
      query?: {
        q?: string;
        limit?: number;
        /** @description Deprecated: use cursor. Rows to skip; ignored when a cursor is given. */
        offset?: number;
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Organisation'][];
            /** @description The `cursor` of the next page; null on the last page */
            nextCursor: string | null;
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
  getOrganisationsCreditCodeCheck: {
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
      /** @description OK */
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
  getOrganisationsById: {
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
      /** @description OK */
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
  patchOrganisationsById: {
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
      /** @description OK */
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
  deleteOrganisationsByIdInvitationsByInvitationId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  postOrganisationsByIdMembers: {
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
      /** @description Accepted */
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
  deleteOrganisationsByIdMembersByPersonId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
      /** @description Done; no content */
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
  patchOrganisationsByIdMembersByPersonId: {
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
      /** @description OK */
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
  getParameters: {
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
      /** @description OK */
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
  postParametersByIdValues: {
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
      /** @description Created */
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
  getPaymentsBatches: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description RFC 8288: `<…?cursor=…>; rel="next"` when there is a next page; absent on the last */
          Link?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentBatch'][];
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
  postPaymentsBatches: {
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
          statementIds?: string[];
        };
      };
    };
    responses: {
      /** @description Created */
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
  getPaymentsBatchesById: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
            /** @description The first page of the lines, by line number (at most `limit`); the rest from `/payments/batches/{id}/lines?cursor=linesNextCursor`. The totals cover every line. */
            lines: {
              accountNumber: string;
              amountFen: number;
              applicationId: string | null;
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
              statementId: string | null;
              /** @enum {string} */
              status: 'scheduled' | 'paid' | 'failed';
            }[];
            /** @description The cursor of the next page of lines; null when `lines` holds them all */
            linesNextCursor: string | null;
            paidFen: number;
            reconciled: boolean;
            reference: string;
            scheduledFen: number;
            totalFen: number;
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
  getPaymentsBatchesByIdExport: {
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
      /** @description The batch file, as a download: CSV (format=csv) or an Excel workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
          'text/csv': unknown;
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
  getPaymentsBatchesByIdLines: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              accountNumber: string;
              amountFen: number;
              applicationId: string | null;
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
              statementId: string | null;
              /** @enum {string} */
              status: 'scheduled' | 'paid' | 'failed';
            }[];
            nextCursor: string | null;
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
  postPaymentsBatchesByIdResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description The bank’s result file, CSV or Excel (.xlsx) */
          file: string;
        };
      };
    };
    responses: {
      /** @description OK */
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
              /** @description The first page of the lines, by line number (at most `limit`); the rest from `/payments/batches/{id}/lines?cursor=linesNextCursor`. The totals cover every line. */
              lines: {
                accountNumber: string;
                amountFen: number;
                applicationId: string | null;
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
                statementId: string | null;
                /** @enum {string} */
                status: 'scheduled' | 'paid' | 'failed';
              }[];
              /** @description The cursor of the next page of lines; null when `lines` holds them all */
              linesNextCursor: string | null;
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
  getPaymentsInstalmentsDue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  getPaymentsPayable: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description RFC 8288: `<…?cursor=…>; rel="next"` when there is a next page; absent on the last */
          Link?: string;
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
  getPolicies: {
    parameters: {
      query?: {
        /**
         * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
         * @example 2026-12-07
         */
        date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "date": "2026-12-07",
           *       "policies": [
           *         {
           *           "audience": "person",
           *           "benefit": {
           *             "amountBasis": "not-money",
           *             "kind": "recognition",
           *             "maxAmountFen": null,
           *             "parameters": {},
           *             "pendingFacts": []
           *           },
           *           "category": "talent",
           *           "clauses": [
           *             {
           *               "id": "A.P1",
           *               "text": {
           *                 "en": "open talent evaluation that de-emphasises degrees: outstanding work in AI open-source communities, application development, or competitions earns recognition and priority support",
           *                 "zh-Hans": "建立开放多元的人才评价体系，淡化学历因素，对在人工智能开源社区建设、应用开发、竞赛创赛等领域表现杰出的创新创业人才，予以重点政策支持",
           *                 "zh-Hant": "建立開放多元的人才評價體系，淡化學歷因素，對在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，予以重點政策支持"
           *               }
           *             },
           *             {
           *               "id": "A.TITLE",
           *               "text": {
           *                 "en": "the plan's title: Shenzhen's action plan for an AI OPC start-up ecosystem (2026–2027) — its benefits run for the plan's period",
           *                 "zh-Hans": "深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）",
           *                 "zh-Hant": "深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）"
           *               }
           *             }
           *           ],
           *           "discretionary": false,
           *           "effective": {
           *             "clause": "A.TITLE",
           *             "from": null,
           *             "until": null
           *           },
           *           "exclusiveWith": [],
           *           "exclusivityGroup": null,
           *           "id": "talent.recognition",
           *           "name": {
           *             "en": "Recognition as an outstanding AI innovator",
           *             "zh-Hans": "人工智能杰出创新创业人才认定",
           *             "zh-Hant": "人工智能傑出創新創業人才認定"
           *           },
           *           "oneTime": true,
           *           "summary": {
           *             "en": "Founders and innovators with outstanding work in AI open source, application development or competitions are recognised — whatever their degree — and get priority support.",
           *             "zh-Hans": "在人工智能开源社区建设、应用开发、竞赛创赛等领域表现杰出的创新创业人才，不看学历，予以认定和重点政策支持。",
           *             "zh-Hant": "在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，不看學歷，予以認定和重點政策支持。"
           *           },
           *           "version": {
           *             "catalogueHash": "651293c36a9a3818cd0f1acbf3de19020a412870ad0b1d4bbf6eaaeb3abc60f6",
           *             "file": "talent/recognition.yaml",
           *             "policyHash": "19c09062bf56b6b24ea71f968282a90261359fcdeda0a15d6d5fab5ff4790aac"
           *           }
           *         }
           *       ]
           *     }
           */
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
  getPoliciesById: {
    parameters: {
      query?: {
        /**
         * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
         * @example 2026-12-07
         */
        date?: string;
      };
      header?: never;
      path: {
        /** @example talent.recognition */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "audience": "person",
           *       "benefit": {
           *         "amountBasis": "not-money",
           *         "kind": "recognition",
           *         "maxAmountFen": null,
           *         "parameters": {},
           *         "pendingFacts": []
           *       },
           *       "category": "talent",
           *       "clauses": [
           *         {
           *           "id": "A.P1",
           *           "original": "建立開放多元的人才評價體系，淡化學歷因素，對在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，予以重點政策支持",
           *           "secondary": false,
           *           "source": {
           *             "en": "Shenzhen's action plan for an AI one-person-company (OPC) start-up ecosystem (2026–2027)",
           *             "zh-Hans": "《深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）》",
           *             "zh-Hant": "《深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）》"
           *           },
           *           "text": {
           *             "en": "open talent evaluation that de-emphasises degrees: outstanding work in AI open-source communities, application development, or competitions earns recognition and priority support",
           *             "zh-Hans": "建立开放多元的人才评价体系，淡化学历因素，对在人工智能开源社区建设、应用开发、竞赛创赛等领域表现杰出的创新创业人才，予以重点政策支持",
           *             "zh-Hant": "建立開放多元的人才評價體系，淡化學歷因素，對在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，予以重點政策支持"
           *           }
           *         },
           *         {
           *           "id": "A.TITLE",
           *           "original": "深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）",
           *           "secondary": false,
           *           "source": {
           *             "en": "Shenzhen's action plan for an AI one-person-company (OPC) start-up ecosystem (2026–2027)",
           *             "zh-Hans": "《深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）》",
           *             "zh-Hant": "《深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）》"
           *           },
           *           "text": {
           *             "en": "the plan's title: Shenzhen's action plan for an AI OPC start-up ecosystem (2026–2027) — its benefits run for the plan's period",
           *             "zh-Hans": "深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）",
           *             "zh-Hant": "深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）"
           *           }
           *         }
           *       ],
           *       "criteria": [
           *         {
           *           "clause": "A.TITLE",
           *           "facts": [],
           *           "id": "in-force",
           *           "kind": "criterion",
           *           "label": {
           *             "en": "The policy is in force on the date",
           *             "zh-Hans": "评估日期在政策施行期内",
           *             "zh-Hant": "評估日期在政策施行期內"
           *           },
           *           "origin": "effective-period",
           *           "parent": null,
           *           "seeAlso": []
           *         },
           *         {
           *           "clause": "A.P1",
           *           "facts": [
           *             "person.aiAchievements"
           *           ],
           *           "id": "ai-achievement",
           *           "kind": "criterion",
           *           "label": {
           *             "en": "Has work in AI open-source communities, application development or competitions (whether it is \"outstanding\" is judged by the officer from the evidence)",
           *             "zh-Hans": "在人工智能开源社区建设、应用开发或竞赛创赛中有成果（是否“表现杰出”由审核人员依据材料判断）",
           *             "zh-Hant": "在人工智能開源社區建設、應用開發或競賽創賽中有成果（是否“表現傑出”由審核人員依據材料判斷）"
           *           },
           *           "origin": null,
           *           "parent": null,
           *           "seeAlso": []
           *         }
           *       ],
           *       "date": "2026-12-07",
           *       "discretionary": false,
           *       "documents": [
           *         {
           *           "id": "achievement-evidence",
           *           "label": {
           *             "en": "Evidence of the work (repositories and contribution history, live applications, award certificates)",
           *             "zh-Hans": "成果证明材料（开源仓库与贡献记录、上线应用、获奖证书等）",
           *             "zh-Hant": "成果證明材料（開源倉庫與貢獻記錄、上線應用、獲獎證書等）"
           *           },
           *           "required": true,
           *           "verifies": [
           *             "person.aiAchievements"
           *           ]
           *         },
           *         {
           *           "id": "identity-document",
           *           "label": {
           *             "en": "Identity document",
           *             "zh-Hans": "身份证件",
           *             "zh-Hant": "身份證件"
           *           },
           *           "required": true,
           *           "verifies": []
           *         }
           *       ],
           *       "effective": {
           *         "clause": "A.TITLE",
           *         "from": null,
           *         "until": null
           *       },
           *       "exclusiveWith": [],
           *       "exclusivityGroup": null,
           *       "facts": [
           *         {
           *           "help": {
           *             "en": "Describe each briefly with a link that can be checked; submit an empty list if none.",
           *             "zh-Hans": "每项请简述并附上可核验的链接；没有可留空提交。",
           *             "zh-Hant": "每項請簡述並附上可核驗的鏈接；沒有可留空提交。"
           *           },
           *           "id": "person.aiAchievements",
           *           "options": [
           *             {
           *               "label": {
           *                 "en": "Open-source community work",
           *                 "zh-Hans": "开源社区建设",
           *                 "zh-Hant": "開源社區建設"
           *               },
           *               "value": "open-source"
           *             },
           *             {
           *               "label": {
           *                 "en": "Application development",
           *                 "zh-Hans": "应用开发",
           *                 "zh-Hant": "應用開發"
           *               },
           *               "value": "application"
           *             },
           *             {
           *               "label": {
           *                 "en": "Competitions",
           *                 "zh-Hans": "竞赛创赛",
           *                 "zh-Hant": "競賽創賽"
           *               },
           *               "value": "competition"
           *             }
           *           ],
           *           "path": "person.aiAchievements",
           *           "purpose": "eligibility",
           *           "question": {
           *             "en": "What have you achieved in AI? (open-source communities, application development, competitions)",
           *             "zh-Hans": "您在人工智能领域有哪些成果？（开源社区、应用开发、竞赛）",
           *             "zh-Hant": "您在人工智能領域有哪些成果？（開源社區、應用開發、競賽）"
           *           },
           *           "storedInProfile": true,
           *           "subject": "person",
           *           "type": "achievement-list"
           *         },
           *         {
           *           "help": null,
           *           "id": "person.talentRecognized",
           *           "options": [],
           *           "path": "person.talentRecognized",
           *           "purpose": "eligibility",
           *           "question": {
           *             "en": "Have you already been recognised as an outstanding AI talent?",
           *             "zh-Hans": "您是否已被认定为人工智能杰出创新创业人才？",
           *             "zh-Hant": "您是否已被認定為人工智能傑出創新創業人才？"
           *           },
           *           "storedInProfile": true,
           *           "subject": "person",
           *           "type": "boolean"
           *         }
           *       ],
           *       "id": "talent.recognition",
           *       "name": {
           *         "en": "Recognition as an outstanding AI innovator",
           *         "zh-Hans": "人工智能杰出创新创业人才认定",
           *         "zh-Hant": "人工智能傑出創新創業人才認定"
           *       },
           *       "oneTime": true,
           *       "parameters": [
           *         {
           *           "effectiveFrom": "2026-01-01",
           *           "id": "plan-a.in-force",
           *           "label": {
           *             "en": "The action plan's period",
           *             "zh-Hans": "行动计划施行期",
           *             "zh-Hant": "行動計劃施行期"
           *           },
           *           "source": {
           *             "clauses": [
           *               "A.TITLE"
           *             ],
           *             "document": "《深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）》, as reported by 香港文匯報"
           *           },
           *           "status": "published",
           *           "unit": "in-force",
           *           "value": 1
           *         }
           *       ],
           *       "summary": {
           *         "en": "Founders and innovators with outstanding work in AI open source, application development or competitions are recognised — whatever their degree — and get priority support.",
           *         "zh-Hans": "在人工智能开源社区建设、应用开发、竞赛创赛等领域表现杰出的创新创业人才，不看学历，予以认定和重点政策支持。",
           *         "zh-Hant": "在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，不看學歷，予以認定和重點政策支持。"
           *       },
           *       "version": {
           *         "catalogueHash": "651293c36a9a3818cd0f1acbf3de19020a412870ad0b1d4bbf6eaaeb3abc60f6",
           *         "file": "talent/recognition.yaml",
           *         "policyHash": "19c09062bf56b6b24ea71f968282a90261359fcdeda0a15d6d5fab5ff4790aac"
           *       }
           *     }
           */
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
  getReviewApplicationsById: {
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
      /** @description OK */
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
  getReviewApplicationsByIdAllowanceSchedule: {
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
      /** @description OK */
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
    };
  };
  postReviewApplicationsByIdAllowanceScheduleStop: {
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
      /** @description OK */
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
  postReviewApplicationsByIdAppealDecision: {
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
      /** @description OK */
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
  postReviewApplicationsByIdDecision: {
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
      /** @description OK */
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
  postReviewApplicationsByIdRecommendation: {
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
      /** @description OK */
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
  postReviewApplicationsByIdRecusal: {
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
      /** @description OK */
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
  getReviewApplicationsByIdReplay: {
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
      /** @description OK */
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
  postReviewApplicationsByIdRevoke: {
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
      /** @description OK */
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
  postReviewApplicationsByIdScore: {
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
      /** @description OK */
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
  postReviewAssignments: {
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
      /** @description OK */
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
  getReviewQueue: {
    parameters: {
      query?: {
        policyId?: string;
        status?: 'in_review' | 'appealed' | 'submitted' | 'all_open';
        assigned?: 'me' | 'unassigned' | 'any';
        overdue?: 'true' | 'false';
        q?: string;
        limit?: number;
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        /** @description Deprecated: use cursor. Rows to skip; ignored when a cursor is given. */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
            /** @description The `cursor` of the next page; null on the last page */
            nextCursor: string | null;
            today: string;
            /** @description Applications matching the filters, on all pages */
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
  getReviewReviewers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  getScenarios: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Scenario'][];
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
  postScenarios: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contact: string;
          /** @description The data and access the department makes available to proposers */
          dataAndAccess: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          /** @description The demonstration rubric (A.P7) published with the scenario: criteria judged met or not with reasons, no weights (the source gives none) */
          demonstrationCriteria: {
            id: string;
            label: {
              en: string;
              'zh-Hans': string;
              'zh-Hant': string;
            };
          }[];
          /** @description The publishing government department */
          department: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          domain: components['schemas']['ScenarioDomainInput'];
          problem: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          /**
           * Format: date
           * @description Last China day a proposal is taken
           */
          proposalsCloseOn: string;
          /** Format: date */
          timelineEndsOn: string;
          /** Format: date */
          timelineStartsOn: string;
          title: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Scenario'];
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
  getScenariosProposalsMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioProposal'][];
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
  getScenariosProposalsByProposalId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        proposalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioProposal'];
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
  postScenariosProposalsByProposalIdAttachments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        proposalId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': {
          /** @description PDF, PNG, JPEG or WebP, at most 10 MB */
          file: string;
          /** @description proposal (the company, default) or in-use-evidence (the officer) */
          purpose?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioProposal'];
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
  getScenariosProposalsByProposalIdAttachmentsByAttachmentId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        proposalId: string;
        attachmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': unknown;
          'image/jpeg': unknown;
          'image/png': unknown;
          'image/webp': unknown;
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
  postScenariosProposalsByProposalIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        proposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'shortlist' | 'decline' | 'start-pilot';
          /**
           * Format: date
           * @description For start-pilot; today if omitted
           */
          pilotStartedOn?: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioProposal'];
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
  postScenariosProposalsByProposalIdDemonstration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        proposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          judgements: {
            criterionId: string;
            met: boolean;
            reason: string;
          }[];
          reason: string;
          recognised: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioProposal'];
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
  postScenariosProposalsByProposalIdFundingApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        proposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          policyId: 'scenario.gov-deployment' | 'scenario.demonstration';
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioFundingApplication'];
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
  postScenariosProposalsByProposalIdInUse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        proposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description The day the product went into actual use (A.P6)
           */
          inUseSince: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioProposal'];
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
  getScenariosSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioSubscriptions'];
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
  putScenariosSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          domains: components['schemas']['ScenarioDomainInput'][];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioSubscriptions'];
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
  getScenariosByScenarioId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        scenarioId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Scenario'];
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
  getScenariosByScenarioIdProposals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        scenarioId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioProposal'][];
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
  postScenariosByScenarioIdProposals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        scenarioId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          approach: string;
          /** Format: uuid */
          organisationId: string;
          summary: string;
          team: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioProposal'];
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
  getSpacesApplicationsMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceApplication'][];
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
  postSpacesApplicationsByApplicationIdAdmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string | null;
        } | null;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceApplication'];
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
  postSpacesApplicationsByApplicationIdDecline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationId: string;
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceApplication'];
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
  postSpacesApplicationsByApplicationIdLease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          endsOn: string;
          monthlyRentFen: number;
          monthlySubsidyFen: number;
          /** Format: date */
          startsOn: string;
          /** Format: uuid */
          unitId: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceLease'];
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
  getSpacesApplicationsByApplicationIdOffer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceOffer'];
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
  getSpacesCommunities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceCommunity'][];
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
  postSpacesCommunities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          address?: string | null;
          /**
           * @description Required when grossAreaM2 is below 10,000 (A.S1: "in principle")
           * @default null
           */
          belowAreaReason?: string | null;
          /**
           * @default [
           *       "A.S1"
           *     ]
           */
          clauses?: string[];
          /** @default null */
          closesOn?: string | null;
          /** @description Null when not known */
          districtCode: components['schemas']['ShenzhenDistrictCodeInput'] | null;
          /** @default false */
          firstBatch?: boolean;
          /**
           * @description Gross m²; null while unknown
           * @default null
           */
          grossAreaM2?: number | null;
          names: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          /** @default null */
          openedOn?: string | null;
          /** @default null */
          operatorOrganisationId?: string | null;
          /** @default null */
          plannedOpeningOn?: string | null;
          status: components['schemas']['SpaceCommunityStatusInput'];
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceCommunity'];
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
  getSpacesCommunitiesOperated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceCommunity'][];
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
  getSpacesCommunitiesByCommunityId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceCommunity'];
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
  patchSpacesCommunitiesByCommunityId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: string | null;
          /** @description Required when grossAreaM2 is below 10,000 (A.S1: "in principle") */
          belowAreaReason?: string | null;
          clauses?: string[];
          closesOn?: string | null;
          /** @description Null when not known */
          districtCode?: components['schemas']['ShenzhenDistrictCodeInput'] | null;
          firstBatch?: boolean;
          /** @description Gross m²; null while unknown */
          grossAreaM2?: number | null;
          names?: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          openedOn?: string | null;
          operatorOrganisationId?: string | null;
          plannedOpeningOn?: string | null;
          status?: components['schemas']['SpaceCommunityStatusInput'];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceCommunity'];
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
  getSpacesCommunitiesByCommunityIdApplicationPrefill: {
    parameters: {
      query: {
        organisationId: string;
      };
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceApplicationPrefill'];
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
  getSpacesCommunitiesByCommunityIdApplications: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        /** @description At most this many rows (default 200) */
        limit?: number;
      };
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description RFC 8288: `<…?cursor=…>; rel="next"` when there is a next page; absent on the last */
          Link?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceApplication'][];
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
  postSpacesCommunitiesByCommunityIdApplications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          aiFounderCount: number;
          /** Format: uuid */
          organisationId: string;
          route: components['schemas']['SpaceRouteInput'];
          teamSize: number;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceApplication'];
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
  putSpacesCommunitiesByCommunityIdLadder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          deskMaxTeamSize: number | null;
          officeMaxTeamSize: number | null;
          /** @description The operator's decision these thresholds come from */
          source: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceLadder'];
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
  getSpacesCommunitiesByCommunityIdLeases: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        /** @description At most this many rows (default 200) */
        limit?: number;
      };
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description RFC 8288: `<…?cursor=…>; rel="next"` when there is a next page; absent on the last */
          Link?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceLease'][];
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
  getSpacesCommunitiesByCommunityIdMoveUpRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceMoveUpRequest'][];
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
  getSpacesCommunitiesByCommunityIdReportsOccupancyExport: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Occupancy today */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
          'text/csv': unknown;
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
  getSpacesCommunitiesByCommunityIdReportsRentSubsidy: {
    parameters: {
      query?: {
        /** @description First month (YYYY-MM); default: 11 months before `to` */
        from?: string;
        /** @description Last month (YYYY-MM); default: this month */
        to?: string;
      };
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceRentSubsidyReport'];
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
  getSpacesCommunitiesByCommunityIdReportsRentSubsidyExport: {
    parameters: {
      query?: {
        /** @description First month (YYYY-MM); default: 11 months before `to` */
        from?: string;
        /** @description Last month (YYYY-MM); default: this month */
        to?: string;
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rent-subsidy report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
          'text/csv': unknown;
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
  getSpacesCommunitiesByCommunityIdResidents: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        /** @description At most this many rows (default 200) */
        limit?: number;
      };
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description RFC 8288: `<…?cursor=…>; rel="next"` when there is a next page; absent on the last */
          Link?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommunityResident'][];
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
  getSpacesCommunitiesByCommunityIdUnits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceUnit'][];
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
  postSpacesCommunitiesByCommunityIdUnits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        communityId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Square metres (m²), positive */
          areaM2: number;
          /** @default true */
          available?: boolean;
          kind: components['schemas']['SpaceUnitKindInput'];
          label: string;
          seats: number;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceUnit'];
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
  getSpacesDistricts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShenzhenDistrict'][];
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
  getSpacesLeasesMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceLease'][];
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
  postSpacesLeasesByLeaseIdMoveOut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        leaseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          movedOutOn: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceLease'];
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
  postSpacesLeasesByLeaseIdMoveUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        leaseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          endsOn: string;
          monthlyRentFen: number;
          monthlySubsidyFen: number;
          /**
           * Format: uuid
           * @description The request this move-up carries out, if any
           */
          requestId?: string;
          /** Format: date */
          startsOn: string;
          /** Format: uuid */
          unitId: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceMoveUp'];
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
  postSpacesLeasesByLeaseIdMoveUpRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        leaseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceMoveUpRequest'];
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
  postSpacesLeasesByLeaseIdRenew: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        leaseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          endsOn: string;
          /**
           * @description True: from the renewal's first day (the day after the current end) the rent and subsidy are those the unit's dated rents in force that day give (rent = market reference, subsidy = market reference − low-cost); the earlier terms stay in `terms`. False (default): the end moves, the terms stay.
           * @default false
           */
          newTerms?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceLease'];
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
  getSpacesMoveUpRequestsMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceMoveUpRequest'][];
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
  postSpacesMoveUpRequestsByRequestIdDecline: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceMoveUpRequest'];
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
  getSpacesResidentsByOrganisationId: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Resident'];
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
  postSpacesResidentsByOrganisationIdHighGrowthMarks: {
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
          /** @description What shows it, under the definition in force */
          evidence: string;
          highGrowth: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HighGrowthMark'];
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
  postSpacesResidentsByOrganisationIdRecords: {
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
          /** @description Founders counted as AI founders and innovators (A.T3) */
          aiFounderCount: number;
          /** @description Staff other than founders counted as AI innovators (A.T3) */
          aiStaffCount: number;
          /** @default null */
          source?: string | null;
          teamSize: number;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResidentRecord'];
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
  patchSpacesUnitsByUnitId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Square metres (m²), positive */
          areaM2?: number;
          available?: boolean;
          label?: string;
          seats?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceUnit'];
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
  postSpacesUnitsByUnitIdRents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          effectiveFrom: string;
          /** @enum {string} */
          kind: 'market_reference' | 'low_cost';
          monthlyRentFen: number;
          /** @description Where the figure comes from */
          source: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceUnit'];
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
  getTalentCertificatesByCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The code printed on the certificate, e.g. 7K2M-QX9P-4HDT */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentCertificate'];
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
  getTalentDistribution: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentDistribution'];
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
  getTalentRubric: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentRubric'];
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
  getTalentSubmissions: {
    parameters: {
      query?: {
        status?: 'submitted' | 'recognised' | 'refused';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentSubmissionSummary'][];
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
  postTalentSubmissions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          achievements: (
            | {
                /** @description At least one link: A.P1 recognition rests on evidence */
                evidenceLinks: string[];
                /** @enum {string} */
                kind: 'open-source';
                /** @description Merged pull requests or releases, in a few words */
                mergedWork?: string | null;
                repositoryUrls: string[];
                /** @enum {string} */
                role: 'maintainer' | 'contributor' | 'author';
                /** @description The project or contribution */
                title: string;
              }
            | {
                /** @description Revenue over the last twelve months, integer fen (declared) */
                annualRevenueFen?: number | null;
                description?: string | null;
                /** @description At least one link: A.P1 recognition rests on evidence */
                evidenceLinks: string[];
                /** @enum {string} */
                kind: 'application';
                /** @description The product */
                title: string;
                users?: number | null;
              }
            | {
                /** @description At least one link: A.P1 recognition rests on evidence */
                evidenceLinks: string[];
                /** @enum {string} */
                kind: 'competition';
                /** @description Rank or award, as the organiser gives it */
                rank: string;
                /** @description The competition */
                title: string;
                year: number;
              }
          )[];
          statement?: string | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentSubmission'];
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
  getTalentSubmissionsMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentSubmissionSummary'][];
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
  getTalentSubmissionsBySubmissionId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        submissionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentSubmission'];
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
  postTalentSubmissionsBySubmissionIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        submissionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description The achievements a recognition rests on (at least one to recognise)
           * @default []
           */
          groundAchievementIds?: string[];
          /** @description Why: the facts the decision rests on */
          grounds: string;
          /** @enum {string} */
          outcome: 'recognise' | 'refuse';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentSubmission'];
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
  postTalentSubmissionsBySubmissionIdReviews: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        submissionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          judgements: {
            criterion: string;
            /** @enum {string} */
            judgement: 'meets' | 'does-not-meet' | 'cannot-tell';
            reason: string;
          }[];
          reason: string;
          /** @enum {string} */
          recommendation: 'recognise' | 'refuse';
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentSubmission'];
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
  getTalentValidityPeriods: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentValidityOverview'];
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
  postTalentValidityPeriods: {
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
          effectiveFrom: string;
          months: number;
          /** @description The notice or decision it comes from */
          sourceText: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalentValidityPeriod'];
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
  getTargets: {
    parameters: {
      query?: {
        /** @description The day (China time); today when omitted */
        date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Targets'];
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
  getTargetsExport: {
    parameters: {
      query?: {
        /** @description The day (China time); today when omitted */
        date?: string;
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The targets: CSV (format=csv) or Excel */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
          'text/csv': unknown;
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
  getTargetsHighGrowthDefinitions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HighGrowthDefinition'][];
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
  postTargetsHighGrowthDefinitions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          definition: {
            en: string;
            'zh-Hans': string;
            'zh-Hant': string;
          };
          /**
           * @description A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31
           * @example 2026-03-01
           */
          effectiveFrom: string;
          /** @description The text the definition comes from (a notice or a decision), quoted */
          sourceText: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HighGrowthDefinition'];
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
  postTargetsSnapshots: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetSnapshot'];
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
  getVouchersCompaniesByOrganisationId: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            companyName: string;
            contracts: components['schemas']['VoucherContract'][];
            grants: {
              amountFen: number;
              applicationId: string | null;
              availableFen: number;
              clauses: string[];
              expired: boolean;
              /** Format: uuid */
              id: string;
              issuedAt: string;
              kind: components['schemas']['VoucherKind'];
              startup: boolean;
              validUntil: string | null;
            }[];
            history: {
              amountFen: number;
              contractId: string | null;
              createdAt: string;
              grantId: string | null;
              /** Format: uuid */
              id: string;
              kind: components['schemas']['VoucherKind'];
              statementId: string | null;
              /** @enum {string} */
              type:
                | 'fund'
                | 'issue'
                | 'hold'
                | 'capture'
                | 'release'
                | 'refund'
                | 'expire'
                | 'revoke'
                | 'settle'
                | 'pay';
            }[];
            kinds: {
              availableFen: number;
              capFen: number | null;
              capturedFen: number;
              expiredFen: number;
              grantedFen: number;
              heldFen: number;
              kind: components['schemas']['VoucherKind'];
              rateBp: number | null;
              startupRateBp: number | null;
            }[];
            /** Format: uuid */
            organisationId: string;
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
  postVouchersContractsByContractIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description The company declares the provider is not a related party (A.V1); a related party is declined instead
           * @enum {boolean}
           */
          relatedParty: false;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherContract'];
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
  postVouchersContractsByContractIdDecline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          relatedParty?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherContract'];
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
  getVouchersOverview: {
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
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            commandLog: {
              brokenSeals: {
                fromSeq: number;
                toSeq: number;
              }[];
              rows: number;
              sealedThrough: number;
              seals: number;
              unsealed: number;
            };
            currentMonth: string;
            ledger: {
              accounts: number;
              balanceSumFen: number;
              balanced: boolean;
              mismatchedAccounts: {
                balanceFen: number;
                code: string;
                entriesFen: number;
              }[];
              negativeAccounts: number;
              transfers: number;
            };
            series: {
              kind: components['schemas']['VoucherKind'];
              months: {
                capturedFen: number;
                heldFen: number;
                issuedFen: number;
                month: string;
                paidFen: number;
                settledFen: number;
              }[];
            }[];
            year: number;
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
  getVouchersPools: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            availableFen: number;
            kind: components['schemas']['VoucherKind'];
            year: number;
          }[];
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
  postVouchersPoolsByKindByYearFunding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['schemas']['VoucherKindInput'];
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amountFen: number;
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            availableFen: number;
            kind: components['schemas']['VoucherKind'];
            year: number;
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
  getVouchersProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherProviderPublic'][];
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
  getVouchersProvidersMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherProvider'][];
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
  getVouchersProvidersByProviderIdContracts: {
    parameters: {
      query?: {
        /** @description From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page */
        cursor?: string;
        limit?: number;
        status?: components['schemas']['VoucherContractStatusInput'];
      };
      header?: never;
      path: {
        providerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['VoucherContract'][];
            /** @description The `cursor` of the next page; null on the last page */
            nextCursor: string | null;
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
  postVouchersProvidersByProviderIdContracts: {
    parameters: {
      query?: never;
      header: {
        /** @description Required on every mutating provider call. A retry with the same key and body returns the first answer (header `Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept at least 24 hours. */
        'idempotency-key': string;
      };
      path: {
        providerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "contractAmountFen": 400000000,
         *       "contractDate": "2026-12-01",
         *       "contractNumber": "SZC-2026-0042",
         *       "creditCode": "91440300MA5H7K2Q00",
         *       "description": "GPU training hours, December 2026",
         *       "kind": "compute",
         *       "relatedParty": false
         *     }
         */
        'application/json': {
          contractAmountFen: number;
          /** Format: date */
          contractDate: string;
          contractNumber: string;
          /** @description The company's unified social credit code */
          creditCode: string;
          description?: string | null;
          kind: components['schemas']['VoucherKindInput'];
          /** @description The provider declares whether the company is a related party (true is refused, A.V1) */
          relatedParty: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "capturedAt": null,
           *       "capturedFen": 0,
           *       "clauses": [
           *         "A.P9",
           *         "A.V1"
           *       ],
           *       "companyCreditCode": "91440300MA5H7K2Q00",
           *       "companyDeclaresRelated": null,
           *       "companyName": "深圳晓峰智能科技有限公司",
           *       "confirmedAt": null,
           *       "contractAmountFen": 400000000,
           *       "contractDate": "2026-12-01",
           *       "contractNumber": "SZC-2026-0042",
           *       "declineReason": null,
           *       "deliveryProof": null,
           *       "description": "GPU training hours, December 2026",
           *       "heldAt": null,
           *       "heldFen": 0,
           *       "holdingFen": 0,
           *       "id": "0b9c7c1e-5d0f-4a8e-9a51-3f7f2b9d6c10",
           *       "invoiceNumber": null,
           *       "kind": "compute",
           *       "organisationId": "7a1d9e2c-4b3f-4c5d-9e8f-0a1b2c3d4e5f",
           *       "providerDeclaresRelated": false,
           *       "providerId": "5e3b1f4a-2c7d-4e8b-8f0a-1d2c3b4a5e6f",
           *       "providerName": "深圳深算云计算服务有限公司",
           *       "rateBp": null,
           *       "refundedFen": 0,
           *       "registeredAt": "2026-12-07T09:30:00.000Z",
           *       "status": "awaiting_company",
           *       "voidedAt": null
           *     }
           */
          'application/json': components['schemas']['VoucherContract'];
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
  getVouchersProvidersByProviderIdContractsByContractId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        providerId: string;
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            capturedAt: string | null;
            capturedFen: number;
            clauses: string[];
            companyCreditCode: string;
            companyDeclaresRelated: boolean | null;
            companyName: string;
            confirmedAt: string | null;
            contractAmountFen: number;
            contractDate: string;
            contractNumber: string;
            declineReason: string | null;
            deliveryProof: string | null;
            description: string | null;
            heldAt: string | null;
            heldFen: number;
            holdingFen: number;
            /** Format: uuid */
            id: string;
            invoiceNumber: string | null;
            kind: components['schemas']['VoucherKind'];
            movements: {
              amountFen: number;
              contractId: string | null;
              createdAt: string;
              grantId: string | null;
              /** Format: uuid */
              id: string;
              kind: components['schemas']['VoucherKind'];
              statementId: string | null;
              /** @enum {string} */
              type:
                | 'fund'
                | 'issue'
                | 'hold'
                | 'capture'
                | 'release'
                | 'refund'
                | 'expire'
                | 'revoke'
                | 'settle'
                | 'pay';
            }[];
            /** Format: uuid */
            organisationId: string;
            providerDeclaresRelated: boolean;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            rateBp: number | null;
            refundedFen: number;
            registeredAt: string;
            status: components['schemas']['VoucherContractStatus'];
            voidedAt: string | null;
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
  postVouchersProvidersByProviderIdContractsByContractIdCapture: {
    parameters: {
      query?: never;
      header: {
        /** @description Required on every mutating provider call. A retry with the same key and body returns the first answer (header `Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept at least 24 hours. */
        'idempotency-key': string;
      };
      path: {
        providerId: string;
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "deliveryProof": "Delivery record DR-2026-1207-01: 12,000 GPU hours delivered",
         *       "invoiceNumber": "44031234567890123456"
         *     }
         */
        'application/json': {
          /** @description Defaults to the whole hold */
          amountFen?: number;
          /** @description Proof of delivery (A.V1): a reference or description of the delivery record */
          deliveryProof: string;
          invoiceNumber: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "capturedAt": "2026-12-07T10:02:00.000Z",
           *       "capturedFen": 240000000,
           *       "clauses": [
           *         "A.P9",
           *         "A.V1"
           *       ],
           *       "companyCreditCode": "91440300MA5H7K2Q00",
           *       "companyDeclaresRelated": false,
           *       "companyName": "深圳晓峰智能科技有限公司",
           *       "confirmedAt": "2026-12-07T09:41:00.000Z",
           *       "contractAmountFen": 400000000,
           *       "contractDate": "2026-12-01",
           *       "contractNumber": "SZC-2026-0042",
           *       "declineReason": null,
           *       "deliveryProof": "Delivery record DR-2026-1207-01: 12,000 GPU hours delivered",
           *       "description": "GPU training hours, December 2026",
           *       "heldAt": "2026-12-07T09:45:00.000Z",
           *       "heldFen": 240000000,
           *       "holdingFen": 0,
           *       "id": "0b9c7c1e-5d0f-4a8e-9a51-3f7f2b9d6c10",
           *       "invoiceNumber": "44031234567890123456",
           *       "kind": "compute",
           *       "organisationId": "7a1d9e2c-4b3f-4c5d-9e8f-0a1b2c3d4e5f",
           *       "providerDeclaresRelated": false,
           *       "providerId": "5e3b1f4a-2c7d-4e8b-8f0a-1d2c3b4a5e6f",
           *       "providerName": "深圳深算云计算服务有限公司",
           *       "rateBp": 6000,
           *       "refundedFen": 0,
           *       "registeredAt": "2026-12-07T09:30:00.000Z",
           *       "status": "captured",
           *       "voidedAt": null
           *     }
           */
          'application/json': components['schemas']['VoucherContract'];
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
  postVouchersProvidersByProviderIdContractsByContractIdHold: {
    parameters: {
      query?: never;
      header: {
        /** @description Required on every mutating provider call. A retry with the same key and body returns the first answer (header `Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept at least 24 hours. */
        'idempotency-key': string;
      };
      path: {
        providerId: string;
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never> | null;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "capturedAt": null,
           *       "capturedFen": 0,
           *       "clauses": [
           *         "A.P9",
           *         "A.V1"
           *       ],
           *       "companyCreditCode": "91440300MA5H7K2Q00",
           *       "companyDeclaresRelated": false,
           *       "companyName": "深圳晓峰智能科技有限公司",
           *       "confirmedAt": "2026-12-07T09:41:00.000Z",
           *       "contractAmountFen": 400000000,
           *       "contractDate": "2026-12-01",
           *       "contractNumber": "SZC-2026-0042",
           *       "declineReason": null,
           *       "deliveryProof": null,
           *       "description": "GPU training hours, December 2026",
           *       "heldAt": "2026-12-07T09:45:00.000Z",
           *       "heldFen": 240000000,
           *       "holdingFen": 240000000,
           *       "id": "0b9c7c1e-5d0f-4a8e-9a51-3f7f2b9d6c10",
           *       "invoiceNumber": null,
           *       "kind": "compute",
           *       "organisationId": "7a1d9e2c-4b3f-4c5d-9e8f-0a1b2c3d4e5f",
           *       "providerDeclaresRelated": false,
           *       "providerId": "5e3b1f4a-2c7d-4e8b-8f0a-1d2c3b4a5e6f",
           *       "providerName": "深圳深算云计算服务有限公司",
           *       "rateBp": 6000,
           *       "refundedFen": 0,
           *       "registeredAt": "2026-12-07T09:30:00.000Z",
           *       "status": "held",
           *       "voidedAt": null
           *     }
           */
          'application/json': components['schemas']['VoucherContract'];
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
  postVouchersProvidersByProviderIdContractsByContractIdRefunds: {
    parameters: {
      query?: never;
      header: {
        /** @description Required on every mutating provider call. A retry with the same key and body returns the first answer (header `Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept at least 24 hours. */
        'idempotency-key': string;
      };
      path: {
        providerId: string;
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "amountFen": 40000000,
         *       "reason": "Part of the GPU hours were not delivered"
         *     }
         */
        'application/json': {
          amountFen: number;
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "capturedAt": "2026-12-07T10:02:00.000Z",
           *       "capturedFen": 240000000,
           *       "clauses": [
           *         "A.P9",
           *         "A.V1"
           *       ],
           *       "companyCreditCode": "91440300MA5H7K2Q00",
           *       "companyDeclaresRelated": false,
           *       "companyName": "深圳晓峰智能科技有限公司",
           *       "confirmedAt": "2026-12-07T09:41:00.000Z",
           *       "contractAmountFen": 400000000,
           *       "contractDate": "2026-12-01",
           *       "contractNumber": "SZC-2026-0042",
           *       "declineReason": null,
           *       "deliveryProof": "Delivery record DR-2026-1207-01: 12,000 GPU hours delivered",
           *       "description": "GPU training hours, December 2026",
           *       "heldAt": "2026-12-07T09:45:00.000Z",
           *       "heldFen": 240000000,
           *       "holdingFen": 0,
           *       "id": "0b9c7c1e-5d0f-4a8e-9a51-3f7f2b9d6c10",
           *       "invoiceNumber": "44031234567890123456",
           *       "kind": "compute",
           *       "organisationId": "7a1d9e2c-4b3f-4c5d-9e8f-0a1b2c3d4e5f",
           *       "providerDeclaresRelated": false,
           *       "providerId": "5e3b1f4a-2c7d-4e8b-8f0a-1d2c3b4a5e6f",
           *       "providerName": "深圳深算云计算服务有限公司",
           *       "rateBp": 6000,
           *       "refundedFen": 40000000,
           *       "registeredAt": "2026-12-07T09:30:00.000Z",
           *       "status": "captured",
           *       "voidedAt": null
           *     }
           */
          'application/json': components['schemas']['VoucherContract'];
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
  postVouchersProvidersByProviderIdContractsByContractIdVoid: {
    parameters: {
      query?: never;
      header: {
        /** @description Required on every mutating provider call. A retry with the same key and body returns the first answer (header `Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept at least 24 hours. */
        'idempotency-key': string;
      };
      path: {
        providerId: string;
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never> | null;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "capturedAt": null,
           *       "capturedFen": 0,
           *       "clauses": [
           *         "A.P9",
           *         "A.V1"
           *       ],
           *       "companyCreditCode": "91440300MA5H7K2Q00",
           *       "companyDeclaresRelated": false,
           *       "companyName": "深圳晓峰智能科技有限公司",
           *       "confirmedAt": "2026-12-07T09:41:00.000Z",
           *       "contractAmountFen": 400000000,
           *       "contractDate": "2026-12-01",
           *       "contractNumber": "SZC-2026-0042",
           *       "declineReason": null,
           *       "deliveryProof": null,
           *       "description": "GPU training hours, December 2026",
           *       "heldAt": "2026-12-07T09:45:00.000Z",
           *       "heldFen": 240000000,
           *       "holdingFen": 0,
           *       "id": "0b9c7c1e-5d0f-4a8e-9a51-3f7f2b9d6c10",
           *       "invoiceNumber": null,
           *       "kind": "compute",
           *       "organisationId": "7a1d9e2c-4b3f-4c5d-9e8f-0a1b2c3d4e5f",
           *       "providerDeclaresRelated": false,
           *       "providerId": "5e3b1f4a-2c7d-4e8b-8f0a-1d2c3b4a5e6f",
           *       "providerName": "深圳深算云计算服务有限公司",
           *       "rateBp": 6000,
           *       "refundedFen": 0,
           *       "registeredAt": "2026-12-07T09:30:00.000Z",
           *       "status": "voided",
           *       "voidedAt": "2026-12-07T09:50:00.000Z"
           *     }
           */
          'application/json': components['schemas']['VoucherContract'];
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
  getVouchersProvidersByProviderIdStatements: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        providerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherStatement'][];
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
  getVouchersProvidersByProviderIdStatementsByStatementIdExport: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        providerId: string;
        statementId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The statement: CSV (format=csv) or Excel */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
          'text/csv': unknown;
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
  getVouchersRegister: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherProvider'][];
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
  postVouchersRegister: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          accountNumber: string;
          bankName: string;
          contactEmail?: string | null;
          contactName: string;
          contactPhone?: string | null;
          creditCode: string;
          kinds: components['schemas']['VoucherKindInput'][];
          payeeName: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherProvider'];
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
  patchVouchersRegisterByProviderId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        providerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          accountNumber?: string;
          bankName?: string;
          contactEmail?: string | null;
          contactName?: string;
          contactPhone?: string | null;
          kinds?: components['schemas']['VoucherKindInput'][];
          payeeName?: string;
          /** @enum {string} */
          status?: 'active' | 'suspended' | 'removed';
          statusReason?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherProvider'];
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
  getVouchersStatements: {
    parameters: {
      query?: {
        status?: 'issued' | 'scheduled' | 'paid';
        providerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherStatement'][];
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
  postVouchersStatements: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          period: string;
          /** Format: uuid */
          providerId?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoucherStatement'][];
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
  getVouchersStatementsByStatementId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        statementId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            capturedFen: number;
            createdAt: string;
            /** Format: uuid */
            id: string;
            lines: {
              amountFen: number;
              companyCreditCode: string;
              companyName: string;
              contractId: string | null;
              contractNumber: string;
              createdAt: string;
              grantId: string | null;
              /** Format: uuid */
              id: string;
              invoiceNumber: string | null;
              kind: components['schemas']['VoucherKind'];
              statementId: string | null;
              /** @enum {string} */
              type:
                | 'fund'
                | 'issue'
                | 'hold'
                | 'capture'
                | 'release'
                | 'refund'
                | 'expire'
                | 'revoke'
                | 'settle'
                | 'pay';
            }[];
            netFen: number;
            paidAt: string | null;
            period: string;
            /** Format: uuid */
            providerId: string;
            providerName: string;
            reconciled: boolean;
            reference: string;
            refundedFen: number;
            /** @enum {string} */
            status: 'issued' | 'scheduled' | 'paid';
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
  getVouchersStatementsByStatementIdExport: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        statementId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The statement: CSV (format=csv) or Excel */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
          'text/csv': unknown;
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
}
