import GavelIcon from '@mui/icons-material/Gavel';
import InboxIcon from '@mui/icons-material/Inbox';
import KeyIcon from '@mui/icons-material/Key';
import { CanAccess, Menu } from 'react-admin';

/**
 * The emulation board's own work first ("Việc chờ tôi"), then the resources the user may list
 * (react-admin asks canAccess for each), the batch decision entry, then one's API keys.
 */
export function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <CanAccess resource="nominations" action="queue">
        <Menu.Item to="/commendation-queue" primaryText="chungTay.commendations.queue.menu" leftIcon={<InboxIcon />} />
      </CanAccess>
      <Menu.ResourceItems />
      <CanAccess resource="nominations" action="decide">
        <Menu.Item
          to="/commendation-decisions"
          primaryText="chungTay.commendations.decisionForm.menu"
          leftIcon={<GavelIcon />}
        />
      </CanAccess>
      <Menu.Item to="/api-tokens" primaryText="chungTay.apiTokens.menu" leftIcon={<KeyIcon />} />
    </Menu>
  );
}
