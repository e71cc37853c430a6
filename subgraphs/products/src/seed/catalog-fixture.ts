/**
 * The demo catalog: a category tree and products with realistic options and prices (in cents), enough to
 * browse, filter, search and check out against.
 */
export interface FixtureCategory {
  slug: string;
  name: string;
  description: string;
  parent?: string;
}

export interface FixtureProduct {
  name: string;
  category: string;
  description: string;
  price: number;
  compareAtPrice?: number;
  weightGrams: number;
  /** Option axes, e.g. { Color: ['Black', 'White'], Size: ['S', 'M'] }; one variant per combination. */
  options?: Record<string, string[]>;
  /** Extra cents per value of the first option axis, e.g. larger sizes costing more. */
  surcharge?: Record<string, number>;
}

export const FIXTURE_CATEGORIES: FixtureCategory[] = [
  { slug: 'electronics', name: 'Electronics', description: 'Gadgets, audio and computing.' },
  { slug: 'audio', name: 'Audio', description: 'Listen better at home and on the go.', parent: 'electronics' },
  { slug: 'headphones', name: 'Headphones', description: 'Over-ear, on-ear and in-ear headphones.', parent: 'audio' },
  { slug: 'speakers', name: 'Speakers', description: 'Portable and home speakers.', parent: 'audio' },
  { slug: 'computers', name: 'Computers', description: 'Laptops and desktops.', parent: 'electronics' },
  { slug: 'computer-accessories', name: 'Computer Accessories', description: 'Keyboards, mice and more.', parent: 'computers' },
  { slug: 'cameras', name: 'Cameras', description: 'Cameras and lenses.', parent: 'electronics' },
  { slug: 'apparel', name: 'Apparel', description: 'Clothing for every day.' },
  { slug: 'apparel-men', name: 'Men', description: 'Shirts, trousers and outerwear for men.', parent: 'apparel' },
  { slug: 'apparel-women', name: 'Women', description: 'Tops, dresses and outerwear for women.', parent: 'apparel' },
  { slug: 'home', name: 'Home', description: 'Everything for the home.' },
  { slug: 'kitchen', name: 'Kitchen', description: 'Cookware, knives and tools.', parent: 'home' },
  { slug: 'furniture', name: 'Furniture', description: 'Chairs, desks and shelving.', parent: 'home' },
  { slug: 'decor', name: 'Decor', description: 'Lighting, textiles and accents.', parent: 'home' },
  { slug: 'outdoors', name: 'Outdoors', description: 'Gear for camping and sport.' },
  { slug: 'camping', name: 'Camping', description: 'Tents, sleeping bags and stoves.', parent: 'outdoors' },
  { slug: 'fitness', name: 'Fitness', description: 'Train at home or in the gym.', parent: 'outdoors' },
];

const colors = (...values: string[]) => ({ Color: values });
const sizes = ['S', 'M', 'L', 'XL'];
const bigSizes = { XL: 200 };

export const FIXTURE_PRODUCTS: FixtureProduct[] = [
  // Headphones
  { name: 'Studio Headphones', category: 'headphones', description: 'Closed-back headphones with a flat, detailed sound for mixing.', price: 19999, compareAtPrice: 24999, weightGrams: 290, options: colors('Black', 'Silver') },
  { name: 'Wireless Noise-Cancelling Headphones', category: 'headphones', description: 'Adaptive noise cancelling and 30 hours of battery.', price: 29999, weightGrams: 254, options: colors('Black', 'White', 'Blue') },
  { name: 'Open-Back Headphones', category: 'headphones', description: 'Wide, airy soundstage for critical listening at home.', price: 34900, weightGrams: 320 },
  { name: 'Kids Headphones', category: 'headphones', description: 'Volume-limited headphones sized for children.', price: 2999, weightGrams: 150, options: colors('Red', 'Green', 'Purple') },
  { name: 'Sport Earbuds', category: 'headphones', description: 'Sweat-proof earbuds with secure ear hooks.', price: 7999, compareAtPrice: 9999, weightGrams: 60, options: colors('Black', 'Lime') },
  { name: 'Gaming Headset', category: 'headphones', description: 'Surround sound and a detachable boom microphone.', price: 8999, weightGrams: 330 },
  { name: 'Travel Headphones', category: 'headphones', description: 'Foldable wireless headphones that fit in a jacket pocket.', price: 12999, weightGrams: 210, options: colors('Black', 'Sand') },
  // Speakers
  { name: 'Portable Bluetooth Speaker', category: 'speakers', description: 'Waterproof speaker with 12 hours of playtime.', price: 5999, weightGrams: 540, options: colors('Black', 'Teal', 'Coral') },
  { name: 'Bookshelf Speakers', category: 'speakers', description: 'A pair of powered speakers with optical input.', price: 24999, weightGrams: 6800 },
  { name: 'Smart Speaker', category: 'speakers', description: 'Voice-controlled speaker for music and timers.', price: 9999, compareAtPrice: 12999, weightGrams: 900, options: colors('Charcoal', 'Chalk') },
  { name: 'Soundbar', category: 'speakers', description: 'Slim soundbar with a wireless subwoofer.', price: 39999, weightGrams: 7200 },
  // Computers
  { name: 'Ultrabook 14', category: 'computers', description: 'A 1.2 kg laptop with an all-day battery.', price: 109900, weightGrams: 1200, options: { Memory: ['16 GB', '32 GB'] }, surcharge: { '32 GB': 20000 } },
  { name: 'Workstation Laptop 16', category: 'computers', description: 'A 16-inch laptop for heavy creative work.', price: 219900, weightGrams: 2100, options: { Memory: ['32 GB', '64 GB'] }, surcharge: { '64 GB': 40000 } },
  { name: 'Mini Desktop', category: 'computers', description: 'A palm-sized desktop that drives two displays.', price: 69900, weightGrams: 1300 },
  { name: 'Chromebook 12', category: 'computers', description: 'Light and simple laptop for school and browsing.', price: 29900, compareAtPrice: 34900, weightGrams: 1100 },
  // Computer accessories
  { name: 'Mechanical Keyboard', category: 'computer-accessories', description: 'Hot-swappable switches and an aluminium case.', price: 12999, weightGrams: 950, options: { Switch: ['Linear', 'Tactile', 'Clicky'] } },
  { name: 'Wireless Mouse', category: 'computer-accessories', description: 'Ergonomic mouse with a silent click.', price: 3999, weightGrams: 95, options: colors('Graphite', 'Rose') },
  { name: 'USB-C Hub', category: 'computer-accessories', description: 'Seven ports including HDMI and SD card.', price: 4999, weightGrams: 120 },
  { name: 'Laptop Stand', category: 'computer-accessories', description: 'Adjustable aluminium stand for better posture.', price: 3999, compareAtPrice: 4999, weightGrams: 800 },
  { name: '27-inch 4K Monitor', category: 'computer-accessories', description: 'Colour-accurate IPS display with USB-C power.', price: 44999, weightGrams: 6500 },
  // Cameras
  { name: 'Mirrorless Camera', category: 'cameras', description: '24 MP full-frame body with in-body stabilisation.', price: 149900, weightGrams: 650 },
  { name: 'Action Camera', category: 'cameras', description: '4K60 video, waterproof to 10 m.', price: 34999, compareAtPrice: 39999, weightGrams: 150 },
  { name: 'Instant Camera', category: 'cameras', description: 'Prints credit-card sized photos in seconds.', price: 7999, weightGrams: 300, options: colors('Mint', 'Pink', 'White') },
  // Men
  { name: 'Oxford Shirt', category: 'apparel-men', description: 'Button-down shirt in soft oxford cotton.', price: 4900, weightGrams: 280, options: { Size: sizes, Color: ['White', 'Blue'] }, surcharge: bigSizes },
  { name: 'Slim Chinos', category: 'apparel-men', description: 'Stretch cotton chinos with a tapered leg.', price: 5900, compareAtPrice: 6900, weightGrams: 450, options: { Size: ['30', '32', '34', '36'], Color: ['Khaki', 'Navy'] } },
  { name: 'Merino Sweater', category: 'apparel-men', description: 'Fine-knit merino crew neck.', price: 8900, weightGrams: 320, options: { Size: sizes, Color: ['Charcoal', 'Oatmeal'] }, surcharge: bigSizes },
  { name: 'Rain Jacket', category: 'apparel-men', description: 'Packable waterproof shell with taped seams.', price: 12900, weightGrams: 380, options: { Size: sizes } },
  { name: 'Classic Tee', category: 'apparel-men', description: 'Heavyweight cotton t-shirt.', price: 1999, weightGrams: 200, options: { Size: sizes, Color: ['Black', 'White', 'Olive'] } },
  { name: 'Wool Socks', category: 'apparel-men', description: 'Cushioned merino socks, two pairs.', price: 1499, weightGrams: 90, options: { Size: ['S', 'M', 'L'] } },
  // Women
  { name: 'Linen Dress', category: 'apparel-women', description: 'Breathable midi dress in washed linen.', price: 7900, weightGrams: 300, options: { Size: ['XS', 'S', 'M', 'L'], Color: ['Sage', 'Sand'] } },
  { name: 'High-Rise Jeans', category: 'apparel-women', description: 'Rigid denim with a straight leg.', price: 6900, compareAtPrice: 8900, weightGrams: 600, options: { Size: ['24', '26', '28', '30'] } },
  { name: 'Cashmere Cardigan', category: 'apparel-women', description: 'Soft cashmere cardigan with horn buttons.', price: 14900, weightGrams: 350, options: { Size: ['XS', 'S', 'M', 'L'], Color: ['Cream', 'Camel'] } },
  { name: 'Trench Coat', category: 'apparel-women', description: 'Water-repellent cotton gabardine trench.', price: 18900, weightGrams: 1100, options: { Size: ['XS', 'S', 'M', 'L'] } },
  { name: 'Running Leggings', category: 'apparel-women', description: 'High-waisted leggings with a zip pocket.', price: 5900, weightGrams: 220, options: { Size: ['XS', 'S', 'M', 'L'], Color: ['Black', 'Plum'] } },
  { name: 'Silk Scarf', category: 'apparel-women', description: 'Hand-rolled silk twill scarf.', price: 4500, weightGrams: 60, options: colors('Navy', 'Rust') },
  // Kitchen
  { name: 'Chef Knife', category: 'kitchen', description: 'Forged steel chef knife with a full tang.', price: 8900, weightGrams: 240, options: { Length: ['20 cm', '24 cm'] }, surcharge: { '24 cm': 1000 } },
  { name: 'Cast Iron Skillet', category: 'kitchen', description: 'Pre-seasoned skillet that lasts a lifetime.', price: 4500, weightGrams: 2300, options: { Size: ['25 cm', '30 cm'] }, surcharge: { '30 cm': 1500 } },
  { name: 'Pour-Over Coffee Set', category: 'kitchen', description: 'Glass carafe, dripper and filters.', price: 3900, weightGrams: 700 },
  { name: 'Stand Mixer', category: 'kitchen', description: 'Five-litre mixer with dough hook and whisk.', price: 39900, compareAtPrice: 44900, weightGrams: 10500, options: colors('Red', 'Cream', 'Black') },
  { name: 'Electric Kettle', category: 'kitchen', description: 'Variable-temperature kettle for tea and coffee.', price: 6900, weightGrams: 1200, options: colors('Matte Black', 'Steel') },
  { name: 'Cutting Board', category: 'kitchen', description: 'End-grain walnut board.', price: 5900, weightGrams: 2000 },
  { name: 'Dutch Oven', category: 'kitchen', description: 'Enamelled cast iron pot for braises and bread.', price: 11900, weightGrams: 5200, options: colors('Flame', 'Marine') },
  // Furniture
  { name: 'Ergonomic Office Chair', category: 'furniture', description: 'Adjustable lumbar support and breathable mesh.', price: 49900, weightGrams: 18000, options: colors('Black', 'Grey') },
  { name: 'Standing Desk', category: 'furniture', description: 'Electric sit-stand desk with memory presets.', price: 59900, compareAtPrice: 69900, weightGrams: 32000, options: { Width: ['120 cm', '160 cm'] }, surcharge: { '160 cm': 10000 } },
  { name: 'Oak Bookshelf', category: 'furniture', description: 'Solid oak shelving, five shelves.', price: 34900, weightGrams: 28000 },
  { name: 'Lounge Chair', category: 'furniture', description: 'Bentwood lounge chair with wool cushions.', price: 79900, weightGrams: 15000, options: colors('Natural', 'Black') },
  // Decor
  { name: 'Linen Throw Pillow', category: 'decor', description: 'Washed linen cover with a feather insert.', price: 3900, weightGrams: 600, options: colors('Stone', 'Terracotta', 'Moss') },
  { name: 'Ceramic Vase', category: 'decor', description: 'Hand-thrown stoneware vase.', price: 4900, weightGrams: 900 },
  { name: 'Desk Lamp', category: 'decor', description: 'Dimmable LED lamp with a weighted base.', price: 7900, compareAtPrice: 9900, weightGrams: 1400, options: colors('Black', 'Brass') },
  { name: 'Wool Rug', category: 'decor', description: 'Hand-tufted wool rug.', price: 29900, weightGrams: 9000, options: { Size: ['160x230', '200x300'] }, surcharge: { '200x300': 15000 } },
  { name: 'Scented Candle', category: 'decor', description: 'Soy wax candle, 50 hours of burn time.', price: 2900, weightGrams: 400, options: { Scent: ['Cedar', 'Fig', 'Sea Salt'] } },
  // Camping
  { name: 'Two-Person Tent', category: 'camping', description: 'Freestanding three-season tent, 1.8 kg.', price: 29900, weightGrams: 1800 },
  { name: 'Down Sleeping Bag', category: 'camping', description: 'Comfort rated to -5 °C.', price: 24900, compareAtPrice: 29900, weightGrams: 900, options: { Length: ['Regular', 'Long'] }, surcharge: { Long: 2000 } },
  { name: 'Camping Stove', category: 'camping', description: 'Compact gas stove that boils a litre in 3 minutes.', price: 5900, weightGrams: 300 },
  { name: 'Headlamp', category: 'camping', description: 'Rechargeable 400-lumen headlamp.', price: 3900, weightGrams: 90 },
  { name: 'Insulated Water Bottle', category: 'camping', description: 'Keeps drinks cold for 24 hours.', price: 2900, weightGrams: 380, options: { Size: ['500 ml', '750 ml'] }, surcharge: { '750 ml': 500 } },
  // Fitness
  { name: 'Yoga Mat', category: 'fitness', description: 'Non-slip natural rubber mat, 5 mm.', price: 6900, weightGrams: 2500, options: colors('Sage', 'Slate') },
  { name: 'Adjustable Dumbbells', category: 'fitness', description: 'Pair of dumbbells from 2 to 24 kg.', price: 34900, weightGrams: 48000 },
  { name: 'Resistance Bands', category: 'fitness', description: 'Set of five bands with handles.', price: 2900, compareAtPrice: 3900, weightGrams: 500 },
  { name: 'Foam Roller', category: 'fitness', description: 'High-density roller for recovery.', price: 2500, weightGrams: 700 },
  { name: 'Jump Rope', category: 'fitness', description: 'Speed rope with ball bearings.', price: 1900, weightGrams: 200 },
];
