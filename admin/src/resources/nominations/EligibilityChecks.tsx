import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import { useTranslate } from 'react-admin';
import type { EligibilityReport } from '@chung-tay/schema';

/** The eligibility report rule by rule: what passes, what fails and why (the server's words). */
export function EligibilityChecks({ report }: { report: EligibilityReport }) {
  const translate = useTranslate();
  return (
    <>
      <Alert severity={report.eligible ? 'success' : 'error'} role="status" data-testid="eligibility-verdict">
        {translate(
          report.eligible
            ? 'chungTay.commendations.eligibility.eligible'
            : 'chungTay.commendations.eligibility.notEligible',
        )}
      </Alert>
      <List dense data-testid="eligibility-checks" aria-label={translate('chungTay.commendations.eligibility.title')}>
        {report.checks.map((check) => (
          <ListItem key={check.rule.id} data-passed={check.passed}>
            <ListItemIcon>
              {check.passed ? <CheckCircleIcon color="success" /> : <CancelIcon color="error" />}
            </ListItemIcon>
            <ListItemText
              primary={`${translate(check.passed ? 'chungTay.commendations.eligibility.passed' : 'chungTay.commendations.eligibility.failed')}: ${check.reason}`}
              secondary={check.rule.description}
            />
          </ListItem>
        ))}
        {report.checks.length === 0 ? (
          <ListItem>
            <ListItemText primary={translate('chungTay.commendations.eligibility.noRules')} />
          </ListItem>
        ) : null}
      </List>
    </>
  );
}
