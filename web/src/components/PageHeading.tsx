import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Heading } from './Heading';

/** A page's title (h1) with optional explanation and actions on the right (wrapping on phones). */
export function PageHeading({
  title,
  description,
  extra,
}: {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0, flex: '1 1 280px' }}>
        {/* The page's one h1, at the size of an h2. */}
        <Heading
          level={1}
          looksLike={2}
          style={{ marginTop: 0, marginBottom: description ? 4 : 0 }}
        >
          {title}
        </Heading>
        {description && <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
