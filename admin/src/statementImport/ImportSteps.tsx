import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useTranslate } from 'react-admin';

const STEPS = ['step1', 'step2', 'step3'];

/** Choose the file → preview → post; `done` once posted. `messages` names the catalogue of another import's steps. */
export function ImportSteps({
  active,
  done,
  messages = 'chungTay.statementImport',
}: {
  active: number;
  done?: boolean;
  messages?: string;
}) {
  const translate = useTranslate();
  return (
    <Stepper activeStep={done ? STEPS.length : active} sx={{ my: 2 }} aria-label={translate(`${messages}.start`)}>
      {STEPS.map((step) => (
        <Step key={step}>
          <StepLabel>{translate(`${messages}.${step}`)}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
