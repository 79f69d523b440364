package com.shoptalk.sharing;

import com.shoptalk.wishlist.WishListItem;
import java.math.BigDecimal;

/** Wish list items for the sharing tests: real-looking products with images, prices and shop links. */
public final class Wishes {
  private Wishes() {}

  public static WishListItem loungeChair() {
    return new WishListItem("chair-1", "Lounge Chair Oslo, oak and grey wool", "lounge chair Oslo",
        new BigDecimal("249.99"), "USD", "https://shop.example/img/chair-1.jpg", "https://shop.example/p/chair-1", null);
  }

  public static WishListItem teapot() {
    return new WishListItem("teapot-2", "Cast Iron Teapot Kyoto", "teapot Kyoto",
        new BigDecimal("39"), "USD", "https://shop.example/img/teapot-2.jpg", "https://shop.example/p/teapot-2", null);
  }

  public static WishListItem blanket() {
    return new WishListItem("blanket-3", "Wool Blanket Fjord", "wool blanket",
        new BigDecimal("89.50"), "USD", null, "https://shop.example/p/blanket-3", null);
  }

  public static WishListItem sessel() {
    return new WishListItem("sessel-1", "Loungesessel Oslo, Eiche und graue Wolle", "Sessel Oslo",
        new BigDecimal("249.99"), "EUR", "https://shop.example/img/sessel-1.jpg", "https://shop.example/p/sessel-1", null);
  }
}
