import * as mdi from '@mdi/js';

/**
 * The icon drawn on each demo product's cover: one glyph of its kind from the Material Design Icons set
 * (@mdi/js, 24×24 path data), so a visitor sees headphones on the headphones. Keys are fixture product names.
 */
export const PRODUCT_ICONS: Record<string, keyof typeof mdi> = {
  // Apparel
  'Oxford Shirt': 'mdiTshirtCrew',
  'Slim Chinos': 'mdiHanger',
  'Merino Sweater': 'mdiTshirtCrew',
  'Rain Jacket': 'mdiUmbrella',
  'Classic Tee': 'mdiTshirtCrew',
  'Wool Socks': 'mdiShoePrint',
  'Linen Dress': 'mdiHanger',
  'High-Rise Jeans': 'mdiHanger',
  'Cashmere Cardigan': 'mdiTshirtV',
  'Trench Coat': 'mdiCoatRack',
  'Running Leggings': 'mdiRun',
  'Silk Scarf': 'mdiHanger',
  // Electronics: audio
  'Studio Headphones': 'mdiHeadphones',
  'Wireless Noise-Cancelling Headphones': 'mdiHeadphonesBluetooth',
  'Open-Back Headphones': 'mdiHeadphones',
  'Kids Headphones': 'mdiHeadphones',
  'Sport Earbuds': 'mdiEarbuds',
  'Gaming Headset': 'mdiHeadset',
  'Travel Headphones': 'mdiHeadphones',
  'Portable Bluetooth Speaker': 'mdiSpeakerBluetooth',
  'Bookshelf Speakers': 'mdiSpeaker',
  'Smart Speaker': 'mdiSpeakerWireless',
  Soundbar: 'mdiSoundbar',
  // Electronics: computers, accessories, cameras
  'Ultrabook 14': 'mdiLaptop',
  'Workstation Laptop 16': 'mdiLaptop',
  'Mini Desktop': 'mdiDesktopTower',
  'Chromebook 12': 'mdiLaptop',
  'Mechanical Keyboard': 'mdiKeyboard',
  'Wireless Mouse': 'mdiMouse',
  'USB-C Hub': 'mdiUsb',
  'Laptop Stand': 'mdiLaptop',
  '27-inch 4K Monitor': 'mdiMonitor',
  'Mirrorless Camera': 'mdiCamera',
  'Action Camera': 'mdiCameraGopro',
  'Instant Camera': 'mdiPolaroid',
  // Home
  'Chef Knife': 'mdiKnife',
  'Cast Iron Skillet': 'mdiPotMix',
  'Pour-Over Coffee Set': 'mdiCoffee',
  'Stand Mixer': 'mdiBowlMix',
  'Electric Kettle': 'mdiKettle',
  'Cutting Board': 'mdiSilverwareForkKnife',
  'Dutch Oven': 'mdiPot',
  'Ergonomic Office Chair': 'mdiChairRolling',
  'Standing Desk': 'mdiDesk',
  'Oak Bookshelf': 'mdiBookshelf',
  'Lounge Chair': 'mdiSofaSingle',
  'Linen Throw Pillow': 'mdiSofa',
  'Ceramic Vase': 'mdiFlowerTulip',
  'Desk Lamp': 'mdiDeskLamp',
  'Wool Rug': 'mdiRug',
  'Scented Candle': 'mdiCandle',
  // Outdoors
  'Two-Person Tent': 'mdiTent',
  'Down Sleeping Bag': 'mdiSleep',
  'Camping Stove': 'mdiGasBurner',
  Headlamp: 'mdiFlashlight',
  'Insulated Water Bottle': 'mdiBottleTonic',
  'Yoga Mat': 'mdiYoga',
  'Adjustable Dumbbells': 'mdiDumbbell',
  'Resistance Bands': 'mdiArmFlex',
  'Foam Roller': 'mdiCylinder',
  'Jump Rope': 'mdiJumpRope',
};

/** For a product missing from the table: a shopping bag. */
const FALLBACK_ICON: keyof typeof mdi = 'mdiShopping';

/** The 24×24 SVG path data of the product's icon. */
export function productIconPath(productName: string): string {
  return mdi[PRODUCT_ICONS[productName] ?? FALLBACK_ICON];
}
