import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { PageLink } from '../../app/pages';
import { ListCard } from '../../components/list-card';

const useStyles = makeStyles({
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** A Home card leading to one page of the tab. */
export function PageCard({ page }: { readonly page: PageLink }) {
  const styles = useStyles();
  const Icon = page.icon;
  return (
    <ListCard to={page.path} title={page.label} icon={<Icon />}>
      <Body1 as="p" className={styles.summary}>
        {page.summary}
      </Body1>
    </ListCard>
  );
}
