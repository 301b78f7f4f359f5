import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useEffect, useState } from 'react';
import { useAuthProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { STEPS, type Step } from '../../auth/nominationSteps';
import { StepDialog } from './StepDialog';

type Nomination = Record<string, any> & { id: string | number };

/**
 * Whether the user may take `step` now, from authProvider.canAccess. Not useCanAccess: its cache
 * does not tell one state of the same nomination from the next, and a step's answer changes with
 * the status.
 */
function useStepAllowed(step: Step, nomination: Nomination): boolean {
  const authProvider = useAuthProvider();
  const [allowed, setAllowed] = useState(false);
  const key = `${nomination.id}:${nomination.status}:${nomination.version}`;
  useEffect(() => {
    let current = true;
    setAllowed(false);
    Promise.resolve(authProvider?.canAccess?.({ resource: 'nominations', action: step, record: nomination }))
      .then((yes) => current && setAllowed(!!yes))
      .catch(() => current && setAllowed(false));
    return () => {
      current = false;
    };
    // The key says when the nomination changed in a way that matters.
  }, [authProvider, step, key]);
  return allowed;
}

/** One step's button, shown only to whom may take it now (canAccess with the record). */
function StepButton({ step, nomination, onDone }: { step: Step; nomination: Nomination; onDone?: () => void }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const canAccess = useStepAllowed(step, nomination);
  if (!canAccess) return null;
  const label = translate(`chungTay.commendations.steps.${step}.button`);
  if (step === 'decide') {
    // A decision covers many nominations: the batch page, with this one ticked.
    return (
      <Button size="small" variant="outlined" component={Link} to={`/commendation-decisions?ids=${nomination.id}`}>
        {label}
      </Button>
    );
  }
  return (
    <>
      <Button
        size="small"
        variant={step === 'return' || step === 'reject' ? 'text' : 'outlined'}
        color={step === 'reject' ? 'error' : 'primary'}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      {open ? (
        <StepDialog
          step={step}
          nomination={nomination}
          open={open}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onDone?.();
            refresh();
          }}
        />
      ) : null}
    </>
  );
}

/** Every step the current user may take on a nomination now (none for a wrong role or status). */
export function NominationActions({ record, onDone }: { record?: Nomination; onDone?: () => void }) {
  const fromContext = useRecordContext<Nomination>();
  const nomination = record ?? fromContext;
  if (!nomination) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" data-testid={`nomination-actions-${nomination.id}`}>
      {STEPS.map((step) => (
        <StepButton key={step} step={step} nomination={nomination} onDone={onDone} />
      ))}
    </Stack>
  );
}
