import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Heading } from '../../components/Heading';

/** The narrow centred card the sign-in and registration forms sit in. */
export function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <Flex justify="center" style={{ paddingBlock: 16 }}>
      <Card style={{ width: '100%', maxWidth: 440 }}>
        <Heading level={1} looksLike={2} style={{ marginTop: 0 }}>
          {title}
        </Heading>
        <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>
        {children}
      </Card>
    </Flex>
  );
}
