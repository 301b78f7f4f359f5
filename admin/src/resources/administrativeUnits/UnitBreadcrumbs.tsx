import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useGetOne, useListContext, useTranslate } from 'react-admin';
import type { AdministrativeUnit } from '@chung-tay/schema';

/**
 * Tree navigation over the list: the chain down to the unit whose children are listed
 * (filter parentId), each step clickable; "All" leaves the tree.
 */
export function UnitBreadcrumbs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const parentId = filterValues.parentId as string | undefined;
  const { data: parent } = useGetOne<AdministrativeUnit>(
    'administrativeUnits',
    { id: parentId ?? '' },
    { enabled: !!parentId },
  );
  const goTo = (id?: string) => {
    const { parentId: _dropped, ...rest } = filterValues;
    setFilters(id ? { ...rest, parentId: id } : rest, displayedFilters);
  };
  const chain = parent ? [...(parent.ancestors ?? [])].reverse() : [];
  return (
    <Breadcrumbs aria-label={translate('chungTay.units.tree')} sx={{ px: 2, py: 1 }}>
      {parentId ? (
        <Link component="button" type="button" variant="body2" onClick={() => goTo()}>
          {translate('chungTay.units.all')}
        </Link>
      ) : (
        <Typography variant="body2" color="text.primary">
          {translate('chungTay.units.all')}
        </Typography>
      )}
      {chain.map((unit) => (
        <Link key={unit.id} component="button" type="button" variant="body2" onClick={() => goTo(unit.id)}>
          {unit.name}
        </Link>
      ))}
      {parent ? (
        <Typography variant="body2" color="text.primary" aria-current="page">
          {parent.name}
        </Typography>
      ) : null}
    </Breadcrumbs>
  );
}
