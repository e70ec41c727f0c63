import { Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { LoadFailed } from '../../components/StatusPages';
import { ApplicantAllowancePanel } from '../allowances/ApplicantAllowancePanel';
import { AnswersPanel } from './AnswersPanel';
import { AppealDialog } from './AppealDialog';
import { ApplicationHeading } from './ApplicationHeading';
import { EvidencePanel } from './EvidencePanel';
import { DecisionPanel, PendingRequestNotice } from './RequestAndDecisionPanels';
import { SubmitPanel } from './SubmitPanel';
import { CriteriaPanel, TimelinePanel } from './TimelinePanels';
import { useApplicationDraft } from './use-application-draft';

/**
 * One of the applicant's applications: while they may edit it, a form they fill in and submit;
 * afterwards what they declared, what happened to it and what was decided.
 */
export default function ApplicationPage() {
  const { i18n } = useTranslation('applications');
  const { id = '' } = useParams();
  const { data, error, loading, reload, setData } = useApi(
    (signal) => apiClient.GET('/applications/{id}', { params: { path: { id } }, signal }),
    // The server words questions and labels in the request's language: fetch again on a switch.
    [id, i18n.language],
  );
  const draft = useApplicationDraft(id, data, reload);
  const [appealOpen, setAppealOpen] = useState(false);

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <Card loading={loading} />;
  const { application, policy } = data;

  return (
    <>
      <ApplicationHeading
        id={id}
        detail={data}
        cancelAutosave={draft.cancelAutosave}
        onWithdrawn={reload}
        onAppeal={() => setAppealOpen(true)}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          {application.pendingRequest && draft.editable && (
            <PendingRequestNotice request={application.pendingRequest} policy={policy} />
          )}
          <DecisionPanel detail={data} />
          <ApplicantAllowancePanel applicationId={application.id} status={application.status} />
          <AnswersPanel
            form={draft.form}
            policy={policy}
            editable={draft.editable}
            onValuesChange={draft.onValuesChange}
          />
          <EvidencePanel
            id={id}
            policy={policy}
            documents={data.documents}
            editable={draft.editable}
            onChanged={setData}
          />
          <SubmitPanel draft={draft} />
        </Col>
        <Col xs={24} lg={9}>
          <TimelinePanel events={data.timeline} />
          <CriteriaPanel evaluation={data.evaluation} />
        </Col>
      </Row>
      <AppealDialog
        id={id}
        open={appealOpen}
        onClose={() => setAppealOpen(false)}
        onAppealed={reload}
      />
    </>
  );
}
