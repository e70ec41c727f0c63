import { Typography, theme } from 'antd';
import type { ComponentProps } from 'react';

type Level = 1 | 2 | 3 | 4 | 5;

/**
 * A heading whose level follows the page's outline (one h1, then h2, h3… without gaps: what a
 * screen reader's heading list shows) while it keeps the size the design gave it, `looksLike`.
 */
export function Heading({
  level,
  looksLike = level,
  style,
  ...props
}: Omit<ComponentProps<typeof Typography.Title>, 'level'> & { level: Level; looksLike?: Level }) {
  const { token } = theme.useToken();
  const size =
    looksLike === level
      ? {}
      : {
          fontSize: token[`fontSizeHeading${looksLike}`],
          lineHeight: token[`lineHeightHeading${looksLike}`],
        };
  return <Typography.Title level={level} style={{ ...size, ...style }} {...props} />;
}
