import CallSplitIcon from '@mui/icons-material/CallSplit';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import Button from '@mui/material/Button';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Fund } from '@chung-tay/schema';

/**
 * "Allocate down", "Disburse support" and "Import statement" on a fund's page, for the Front staff whose grant
 * covers the fund's unit; nobody else sees them, as the server would refuse them.
 */
export function FundMoneyButtons() {
  const fund = useRecordContext<Fund>();
  const translate = useTranslate();
  const allocate = useCanAccess({ resource: 'funds', action: 'allocate', record: fund });
  const disburse = useCanAccess({ resource: 'funds', action: 'disburse', record: fund });
  const importStatement = useCanAccess({ resource: 'funds', action: 'import', record: fund });
  if (!fund) return null;
  return (
    <>
      {allocate.canAccess ? (
        <Button
          component={RouterLink}
          to={`/funds/${encodeURIComponent(fund.id)}/allocate`}
          startIcon={<CallSplitIcon />}
          size="small"
        >
          {translate('chungTay.fundFlows.allocate')}
        </Button>
      ) : null}
      {disburse.canAccess ? (
        <Button
          component={RouterLink}
          to={`/supports/create?fundId=${encodeURIComponent(fund.id)}`}
          startIcon={<VolunteerActivismIcon />}
          size="small"
        >
          {translate('chungTay.fundFlows.disburse')}
        </Button>
      ) : null}
      {importStatement.canAccess ? (
        <Button
          component={RouterLink}
          to={`/funds/${encodeURIComponent(fund.id)}/import`}
          startIcon={<UploadFileIcon />}
          size="small"
        >
          {translate('chungTay.statementImport.start')}
        </Button>
      ) : null}
    </>
  );
}
