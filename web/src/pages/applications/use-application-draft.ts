import { App as AntApp, Form } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { fenToYuan, yuanToFen } from './money';
import { localised } from './parts';
import type { MyApplicationDetail, Payee } from './types';

/** What the applicant's form holds: the answers, the amount asked for (in yuan), the bank account. */
export interface ApplicationFormValues {
  facts: Record<string, unknown>;
  requestedAmountYuan?: number | null;
  payee?: Partial<Payee>;
}

function isCompletePayee(payee: Partial<Payee> | undefined): payee is Payee {
  return !!payee?.accountName && !!payee.bankName && !!payee.accountNumber;
}

/**
 * What is still missing, checked before the "submit?" question is asked: unanswered
 * questions (a list with nothing to add may stay empty), required documents, the bank account.
 */
function findGaps(
  values: ApplicationFormValues,
  { policy, documents }: MyApplicationDetail,
  t: TFunction<'applications'>,
): string[] {
  const gaps: string[] = [];
  for (const fact of policy.facts) {
    if (fact.type === 'achievement-list' || fact.type === 'waiver-list') continue;
    const answer = fact.path
      .split('.')
      .reduce<unknown>(
        (node, key) =>
          node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
        values.facts,
      );
    if (answer === undefined || answer === null || answer === '')
      gaps.push(t('form.unanswered', { question: fact.question }));
  }
  for (const doc of policy.evidence)
    if (doc.required && !documents.some((file) => file.documentId === doc.id))
      gaps.push(t('form.missingDocument', { document: localised(doc.label) }));
  if (policy.paidByPlatform && !isCompletePayee(values.payee)) gaps.push(t('form.payeeMissing'));
  return gaps;
}

/** The applicant's draft as the page uses it: see {@link useApplicationDraft}. */
export type ApplicationDraft = ReturnType<typeof useApplicationDraft>;

/**
 * The applicant's draft: the form (filled from the loaded application), saved as they type, and
 * the way to submit it — checked first for what is missing, then confirmed, then sent. Problems
 * from saving or submitting are collected in `problems` for the page to show.
 */
export function useApplicationDraft(
  id: string,
  detail: MyApplicationDetail | undefined,
  reload: () => void,
) {
  const { t } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ApplicationFormValues>();
  const version = useRef(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [confirmOpen, setConfirmOpen] = useState(false);

  useEffect(() => {
    if (!detail) return;
    version.current = detail.application.version;
    form.setFieldsValue({
      facts: detail.application.facts,
      requestedAmountYuan: fenToYuan(detail.application.requestedAmountFen),
      payee: detail.application.payee ?? {},
    });
  }, [detail, form]);

  const editable = detail?.availableActions.includes('edit') ?? false;

  const save = useCallback(async () => {
    const values = form.getFieldsValue(true) as ApplicationFormValues;
    setSaving(true);
    try {
      const saved = await apiClient.PATCH('/applications/{id}', {
        params: { path: { id } },
        body: {
          version: version.current,
          facts: values.facts ?? {},
          requestedAmountFen: yuanToFen(values.requestedAmountYuan ?? null),
          ...(isCompletePayee(values.payee) ? { payee: values.payee } : {}),
        },
      });
      version.current = saved.version;
      return true;
    } catch (caught) {
      if (isApiError(caught, 'application.version_conflict')) reload();
      const rest = applyFieldErrors(form, caught);
      if (rest.length > 0) setProblems(rest.map((problem) => problem.detail));
      else if (isApiError(caught)) setProblems([caught.message]);
      return false;
    } finally {
      setSaving(false);
    }
  }, [form, id, reload]);

  /** Stops a pending save as you type (before submitting or deleting the draft). */
  const cancelAutosave = () => clearTimeout(saveTimer.current);

  // Drafts are saved as you type (a second and a half after the last change).
  const onValuesChange = () => {
    if (!editable) return;
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => void save(), 1500);
  };
  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const submit = async () => {
    clearTimeout(saveTimer.current);
    setProblems([]);
    if (!(await save())) return;
    try {
      await apiClient.POST('/applications/{id}/submit', { params: { path: { id } } });
      void message.success(t('form.submitted'));
      reload();
    } catch (caught) {
      if (isApiError(caught)) {
        const lines = caught.errors.map((problem) => problem.detail);
        setProblems([caught.detail ?? caught.title, ...lines]);
      }
    }
  };

  /** Checks the fields and what is missing; asks "submit?" only when nothing is. */
  const askToSubmit = async () => {
    // NOTE: the page offers submitting only once the application is loaded.
    if (!detail) return;
    setProblems([]);
    const fieldsValid = await form.validateFields().then(
      () => true,
      () => false,
    );
    const gaps = findGaps(form.getFieldsValue(true) as ApplicationFormValues, detail, t);
    if (!fieldsValid || gaps.length > 0) {
      setProblems([t('form.checkFirst'), ...gaps]);
      return;
    }
    setConfirmOpen(true);
  };

  return {
    form,
    editable,
    saving,
    problems,
    confirmOpen,
    setConfirmOpen,
    save,
    cancelAutosave,
    onValuesChange,
    askToSubmit,
    submit,
  };
}
